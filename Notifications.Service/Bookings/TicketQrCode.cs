using QRCoder;

namespace Notifications.Service.Bookings;

// The PNG a door scanner reads: a QR code holding the ticket's signed token, verified offline.
public static class TicketQrCode
{
    public const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;
    public const int PixelsPerModule = 8;

    public static byte[] RenderPng(string signedToken)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(signedToken, ErrorCorrection);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
