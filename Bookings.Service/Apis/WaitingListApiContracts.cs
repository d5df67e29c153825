namespace Bookings.Service.Apis;

// Nullable members so a missing value is a 400 naming the field rather than a default silently used.
public sealed record JoinWaitingListRequest(Guid? OccurrenceId, Guid? TicketTypeId, int? Quantity);

// Position: 1 for the first in line, counting the active (waiting or offered) entries that joined earlier;
// null once the entry is no longer in line. ClaimUrl is set while an offer can be claimed.
public sealed record WaitingListEntryDto(
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
    Guid? BookingId,
    string? ClaimUrl);

public sealed record WaitingListPage(IReadOnlyList<WaitingListEntryDto> Items, int Page, int PageSize, int TotalCount);
