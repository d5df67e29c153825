using MimeKit;
using Notifications.Service.Model;

namespace Notifications.Service.Mail;

public static class NotificationMessage
{
    // The Message-ID derives from the notification, so a resend after a crash is recognisable as the same mail.
    public static MimeMessage Build(Notification notification, MailboxAddress sender)
    {
        var message = new MimeMessage();
        message.From.Add(sender);
        message.To.Add(new MailboxAddress(notification.RecipientName ?? "", notification.RecipientEmail));
        message.Subject = notification.Subject;
        message.MessageId = $"{notification.Id:N}@{sender.Domain}";
        message.Date = notification.CreatedAt;
        var body = new BodyBuilder { HtmlBody = notification.HtmlBody, TextBody = notification.TextBody };
        foreach (var attachment in notification.Attachments)
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        message.Body = body.ToMessageBody();
        return message;
    }
}
