using QRCoder;

namespace Bookings.Service.Tickets;

// The PNG a customer shows at the door: a QR code holding the ticket's signed token.
public static class TicketQrCode
{
    const int PixelsPerModule = 8;

    public static byte[] Png(string signedToken)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(signedToken, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
