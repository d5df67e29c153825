using System.ComponentModel.DataAnnotations;
using MimeKit;
using Notifications.Service.Model;

namespace Notifications.Service.Mail;

// Bound from the "Notifications" configuration section; every value has a production default.
public sealed class NotificationsOptions
{
    public const string SectionName = "Notifications";

    [Required]
    public string From { get; set; } = "Ticketing <no-reply@ticketing.local>";

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    // How long a claimed notification stays invisible to other dispatchers while it is being sent.
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    // Methods, not properties: the data-annotations validator reads every property, even of an invalid From.
    public DeliveryBackoff Backoff() => new(MaxAttempts, FirstRetryDelay, MaxRetryDelay);

    public MailboxAddress Sender() => MailboxAddress.Parse(From);

    public static bool IsMailbox(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailboxAddress.TryParse(value, out var mailbox) && mailbox.Address.Contains('@');
}
