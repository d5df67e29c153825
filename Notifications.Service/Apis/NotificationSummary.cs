using System.ComponentModel;

namespace Notifications.Service.Apis;

public sealed record NotificationSummary(
    [Description("Id of the notification.")] Guid Id,
    [Description("What the mail is about, e.g. BookingConfirmed, PaymentFailed, WaitingListOfferMade.")] string Kind,
    [Description("The mail's subject line.")] string Subject,
    [Description("Email address the mail was sent to.")] string Recipient,
    [Description("Pending (not sent yet), Sent or Failed (given up after its attempts).")] string Status,
    [Description("How many times sending was tried.")] int Attempts,
    [Description("When the notification was recorded.")] DateTimeOffset CreatedAt,
    [Description("When the mail server accepted it; null until then.")] DateTimeOffset? SentAt);

public sealed record NotificationPage(
    [Description("This page's notifications, newest first.")] IReadOnlyList<NotificationSummary> Items,
    int Page,
    int PageSize,
    int TotalCount);
