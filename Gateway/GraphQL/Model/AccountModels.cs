namespace Platform.Gateway.GraphQL.Model;

// Who is calling (Auth's profile), what the platform mailed them (Notifications), and door counts (Bookings).
public sealed record Profile(Guid UserId, string Email, string DisplayName, bool EmailVerified, IReadOnlyList<string> Roles);

public sealed record Notification(
    Guid Id,
    string Kind,
    string Subject,
    string Recipient,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);

public sealed record NotificationPage(IReadOnlyList<Notification> Items, int Page, int PageSize, int TotalCount);

public sealed record Attendance(Guid OccurrenceId, IReadOnlyList<TicketTypeAttendance> TicketTypes);

public sealed record TicketTypeAttendance(Guid TicketTypeId, string? TicketTypeName, int Capacity, int Sold, int Held, int CheckedIn, int Remaining);
