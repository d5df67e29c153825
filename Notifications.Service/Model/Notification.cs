namespace Notifications.Service.Model;

// One email owed to someone because of one integration message. The bodies are kept only until the
// mail is accepted by the server: they carry one-time links that must not stay at rest.
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

    public static Notification Create(
        NotificationKind kind,
        Guid sourceMessageId,
        EmailRecipient recipient,
        Guid? userId,
        RenderedEmail email,
        DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = kind,
        SourceMessageId = sourceMessageId,
        RecipientEmail = recipient.Email,
        RecipientName = recipient.Name,
        UserId = userId,
        Subject = email.Subject,
        HtmlBody = email.Html,
        TextBody = email.Text,
        Status = NotificationStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        SentAt = now;
        LastError = null;
        HtmlBody = null;
        TextBody = null;
    }

    // Due again now: its dispatcher stopped before sending it.
    public void Release(DateTimeOffset now)
    {
        if (Status == NotificationStatus.Pending && NextAttemptAt > now)
            NextAttemptAt = now;
    }

    // Pending again after the back-off, or Failed for good once the attempts are used up.
    public void MarkAttemptFailed(string error, DateTimeOffset now, DeliveryBackoff backoff)
    {
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (Attempts >= backoff.MaxAttempts)
        {
            Status = NotificationStatus.Failed;
            HtmlBody = null;
            TextBody = null;
            return;
        }
        NextAttemptAt = now + backoff.DelayAfter(Attempts);
    }
}
