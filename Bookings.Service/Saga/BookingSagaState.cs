using Bookings.Service.Domain;

namespace Bookings.Service.Saga;

// The saga's durable row, one per booking. Version is the optimistic-concurrency token: every
// transition bumps it, and a save that finds another version throws so the message is retried.
public sealed class BookingSagaState
{
    public Guid BookingId { get; init; }
    public BookingStatus State { get; set; }
    public int Version { get; set; }
    public Guid PaymentId { get; init; }

    // Indexed with State: the hold-expiry worker scans AwaitingPayment rows due by this instant.
    public DateTimeOffset HoldExpiresAt { get; init; }

    public DateTimeOffset? PaidAt { get; set; }

    // "cancelled" or "late-payment" once a RefundPayment was sent; RefundedAt once Payments confirmed it.
    public string? RefundReason { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
