using MassTransit;

namespace Bookings.Service.Saga;

// The saga's durable state: columns of its booking's row, written with the booking when its seats are
// held. CorrelationId is the booking's id. Version is the optimistic-concurrency token: every transition
// bumps it, and a save that finds another version throws so the message is retried.
public sealed class BookingState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    // The name of a BookingStateMachine state: the booking's status column.
    public string CurrentState { get; set; } = null!;

    public int Version { get; set; }
    public Guid PaymentId { get; set; }

    public DateTimeOffset HoldExpiresAt { get; set; }

    // MassTransit's token for the scheduled hold expiry, cleared when it is unscheduled or delivered.
    public Guid? HoldExpiryTokenId { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    // "cancelled" or "late-payment" once a RefundPayment was sent; RefundedAt once Payments confirmed it.
    public string? RefundReason { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }

    // Payments gave up on the refund: a person has to make it (the organizer sees these; the customer was told).
    public DateTimeOffset? RefundFailedAt { get; set; }
    public string? RefundFailure { get; set; }
    public const int MaxRefundFailureLength = 64;

    // Payments ended the booking's payment without a charge (after expiry or cancellation, or its own time-out).
    public DateTimeOffset? PaymentCancelledAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
