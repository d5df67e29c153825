namespace Platform.Gateway.GraphQL.Model;

// Waiting-list entries as the customer and as the organizer read them from Bookings.
public sealed record WaitingListEntry(
    Guid Id,
    string Status,
    int? Position,
    Guid EventId,
    Guid OccurrenceId,
    Guid TicketTypeId,
    string EventTitle,
    string TicketTypeName,
    DateTimeOffset StartsAt,
    int Quantity,
    DateTimeOffset JoinedAt,
    DateTimeOffset? OfferExpiresAt,
    Guid? BookingId);

public sealed record WaitingListPage(IReadOnlyList<WaitingListEntry> Items, int Page, int PageSize, int TotalCount);

public sealed record OrganizerWaitingListEntry(
    Guid Id,
    int? Position,
    Guid OccurrenceId,
    Guid TicketTypeId,
    string TicketTypeName,
    string CustomerEmail,
    int Quantity,
    string Status,
    DateTimeOffset JoinedAt,
    DateTimeOffset? OfferExpiresAt,
    Guid? BookingId);

public sealed record WaitingLineSummary(
    Guid OccurrenceId,
    Guid TicketTypeId,
    string TicketTypeName,
    DateTimeOffset StartsAt,
    int Waiting,
    int Offered,
    int SeatsWanted);

public sealed record OrganizerWaitingList(
    IReadOnlyList<OrganizerWaitingListEntry> Items,
    int Page,
    int PageSize,
    int TotalCount,
    IReadOnlyList<WaitingLineSummary> Summary);
