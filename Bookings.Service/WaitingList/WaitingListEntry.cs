using Platform.Contracts.Bookings;

namespace Bookings.Service.WaitingList;

// A customer in line for a sold-out ticket type at one occurrence. Status changes only through
// conditional updates (WaitingListSql), so an offer, a claim, a lapse and a leave cannot overlap.
public sealed class WaitingListEntry
{
    public Guid Id { get; init; }
    public Guid CustomerId { get; init; }
    public required string CustomerEmail { get; init; }
    public required string CustomerName { get; init; }

    public Guid OrganizationId { get; init; }
    public Guid EventId { get; init; }
    public Guid OccurrenceId { get; init; }
    public Guid TicketTypeId { get; init; }
    public required string EventTitle { get; init; }
    public required string TicketTypeName { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public required string TimeZone { get; init; }
    public int Quantity { get; init; }

    public WaitingListStatus Status { get; init; }
    public DateTimeOffset JoinedAt { get; init; }
    public DateTimeOffset? OfferedAt { get; init; }
    public DateTimeOffset? OfferExpiresAt { get; init; }

    // The booking a claim created; it took over the seats held for the offer.
    public Guid? BookingId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public required string IdempotencyKey { get; init; }
    public required string RequestFingerprint { get; init; }

    public bool IsActive => Status is WaitingListStatus.Waiting or WaitingListStatus.Offered;

    public WaitingListParties ToParties() => new(
        Id, CustomerId, CustomerEmail, CustomerName, OrganizationId, EventId, OccurrenceId, TicketTypeId,
        EventTitle, TicketTypeName, StartsAt, TimeZone);
}
