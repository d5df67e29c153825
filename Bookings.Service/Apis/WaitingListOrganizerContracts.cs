namespace Bookings.Service.Apis;

// One entry as the organizer sees it. Position: 1 for the first in its line; null once it left the line.
public sealed record OrganizerWaitingListEntryDto(
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

// One line (occurrence, ticket type) with someone in it. SeatsWanted: the quantities of everyone in line,
// waiting or holding an offer.
public sealed record WaitingLineSummaryDto(
    Guid OccurrenceId,
    Guid TicketTypeId,
    string TicketTypeName,
    DateTimeOffset StartsAt,
    int Waiting,
    int Offered,
    int SeatsWanted);

public sealed record OrganizerWaitingListPage(
    IReadOnlyList<OrganizerWaitingListEntryDto> Items,
    int Page,
    int PageSize,
    int TotalCount,
    IReadOnlyList<WaitingLineSummaryDto> Summary);
