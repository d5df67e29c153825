namespace Notifications.Service.Model;

// One email owed to someone because of one integration message. The bodies and attachments are kept
// only until the mail is accepted by the server: they carry one-time links and ticket tokens that must
// not stay at rest.
public sealed class Notification
{
    public const int MaxEmailLength = 320;
    public const int MaxSubjectLength = 300;
    public const int MaxErrorLength = 2000;

    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public NotificationKind Kind { get; private set; }

    public Guid SourceMessageId { get; private set; }

    // What the mail is about (a booking): at most one notification of a kind per subject, whatever the message id.
    public Guid? SubjectId { get; private set; }

    public string RecipientEmail { get; private set; } = "";

    public string? RecipientName { get; private set; }

    public Guid? UserId { get; private set; }

    public string Subject { get; private set; } = "";

    public string? HtmlBody { get; private set; }

    public string? TextBody { get; private set; }

    public NotificationStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public List<EmailAttachment> Attachments { get; private set; } = [];

    public static Notification Create(
        NotificationKind kind,
        Guid sourceMessageId,
        EmailRecipient recipient,
        Guid? userId,
        RenderedEmail email,
        DateTimeOffset now,
        IReadOnlyList<EmailAttachment>? attachments = null,
        Guid? subjectId = null) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = kind,
        SourceMessageId = sourceMessageId,
        SubjectId = subjectId,
        RecipientEmail = recipient.Email,
        RecipientName = recipient.Name,
        UserId = userId,
        Subject = email.Subject,
        HtmlBody = email.Html,
        TextBody = email.Text,
        Status = NotificationStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
        Attachments = [.. attachments ?? []],
    };

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        SentAt = now;
        LastError = null;
        ForgetContent();
    }

    // Pending again after the back-off, or Failed for good once the attempts are used up.
    public void MarkAttemptFailed(string error, DateTimeOffset now, DeliveryBackoff backoff)
    {
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (Attempts >= backoff.MaxAttempts)
        {
            Status = NotificationStatus.Failed;
            ForgetContent();
            return;
        }
        NextAttemptAt = now + backoff.DelayAfter(Attempts);
    }

    void ForgetContent()
    {
        HtmlBody = null;
        TextBody = null;
        Attachments.Clear();
    }
}
