using Ical.Net;
using MimeKit;
using QRCoder;

namespace Platform.Foundation.Tests.NotificationsService;

// Reads a mail's attachments back: the ticket PNGs and the calendar file.
internal static class TicketAttachments
{
    static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Bytes(MimeEntity attachment)
    {
        var part = Xunit.Assert.IsAssignableFrom<MimePart>(attachment);
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return content.ToArray();
    }

    public static MimeEntity Named(MimeMessage mail, string fileName) =>
        Xunit.Assert.Single(mail.Attachments, a => a.ContentDisposition?.FileName == fileName || (a as MimePart)?.FileName == fileName);

    public static bool IsPng(byte[] bytes) => bytes.Length > PngSignature.Length && bytes.AsSpan(0, PngSignature.Length).SequenceEqual(PngSignature);

    // Rendered independently with QRCoder at the service's documented settings: equal bytes mean the
    // PNG is the QR code of exactly that token.
    public static byte[] QrPngOf(string token)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(token, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }

    public static Calendar Calendar(MimeMessage mail, string fileName = "event.ics") =>
        Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(Bytes(Named(mail, fileName))))!;
}
