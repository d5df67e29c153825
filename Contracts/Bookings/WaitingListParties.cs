namespace Platform.Contracts.Bookings;

// Who waits for what: carried by every waiting-list message so consumers need no lookup.
public sealed record WaitingListParties(
    Guid EntryId,
    Guid CustomerId,
    string CustomerEmail,
    string CustomerName,
    Guid OrganizationId,
    Guid EventId,
    Guid OccurrenceId,
    Guid TicketTypeId,
    string EventTitle,
    string TicketTypeName,
    DateTimeOffset StartsAt,
    string TimeZone);
