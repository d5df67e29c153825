using MassTransit;

namespace Bookings.Service.Saga;

// The saga's durable row, one per booking, written with the booking when its seats are held.
// CorrelationId is the booking's id. Version is the optimistic-concurrency token: every transition
// bumps it, and a save that finds another version throws so the message is retried.
public sealed class BookingState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    // The name of a BookingStateMachine state, which is also the booking's status.
    public string CurrentState { get; set; } = null!;

    public int Version { get; set; }
    public Guid PaymentId { get; set; }

    // Indexed with CurrentState: the hold-expiry worker scans AwaitingPayment rows due by this instant.
    public DateTimeOffset HoldExpiresAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    // "cancelled" or "late-payment" once a RefundPayment was sent; RefundedAt once Payments confirmed it.
    public string? RefundReason { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
