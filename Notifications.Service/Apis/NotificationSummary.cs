namespace Notifications.Service.Apis;

public sealed record NotificationSummary(
    Guid Id,
    string Kind,
    string Subject,
    string Recipient,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);

public sealed record NotificationPage(IReadOnlyList<NotificationSummary> Items, int Page, int PageSize, int TotalCount);
