namespace Notifications.Service.Model;

// A file sent with a notification, rendered when the message is consumed and kept with the row until sent.
public sealed class EmailAttachment
{
    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 100;

    private EmailAttachment()
    {
    }

    public EmailAttachment(string fileName, string contentType, byte[] content)
    {
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public byte[] Content { get; private set; } = [];
}
