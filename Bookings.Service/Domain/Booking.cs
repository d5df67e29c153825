using Bookings.Service.Saga;
using Platform.Contracts.Bookings;

namespace Bookings.Service.Domain;

// A customer's order for one occurrence. Event details are copied at creation so the saga and the
// emails never need to look them up.
public sealed class Booking
{
    public Guid Id { get; init; }
    public Guid CustomerId { get; init; }
    public required string CustomerEmail { get; init; }
    public required string CustomerName { get; init; }

    public Guid OrganizationId { get; init; }
    public Guid EventId { get; init; }
    public Guid OccurrenceId { get; init; }
    public required string EventTitle { get; init; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string TimeZone { get; init; }
    public required string VenueName { get; init; }
    public required string VenueAddress { get; init; }
    public required string City { get; init; }

    public List<BookingLine> Lines { get; init; } = [];
    public decimal Subtotal { get; init; }
    public decimal Discount { get; init; }
    public decimal Total { get; init; }
    public required string Currency { get; init; }

    // The coupon that gave the discount (its code as the customer's booking shows it).
    public Guid? CouponId { get; init; }
    public string? CouponCode { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset HoldExpiresAt { get; init; }
    public DateTimeOffset? CancellationDeadline { get; init; }
    public Guid PaymentId { get; init; }

    // Why the booking ended the way it did ("card_declined", "hold_expired", "cancelled by customer", ...).
    public string? StatusReason { get; set; }

    // The booking saga's columns of this row. The status is the saga's state: kept once, by the machine.
    public BookingState Saga { get; set; } = null!;
    public BookingStatus Status => Enum.Parse<BookingStatus>(Saga.CurrentState);

    // The customer's Idempotency-Key and a hash of the request body it came with.
    public required string IdempotencyKey { get; init; }
    public required string RequestFingerprint { get; init; }

    public int Admissions => Lines.Sum(line => line.Quantity);

    public BookingParties ToParties() => new(
        Id, CustomerId, CustomerEmail, CustomerName, OrganizationId, EventId, OccurrenceId,
        EventTitle, StartsAt, EndsAt, TimeZone, VenueName, VenueAddress, City);
}
