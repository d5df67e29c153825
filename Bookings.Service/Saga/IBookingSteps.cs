using Platform.Contracts.Bookings;

namespace Bookings.Service.Saga;

// What the booking saga does to the world, step by step: seats, tickets, coupons, and the messages it
// publishes, all through the caller's DbContext and outbox, so they commit with the saga row or not at all.
// BookingStateMachine decides when; this decides how.
public interface IBookingSteps
{
    Task<bool> IsCancelledInCatalogAsync(BookingParties booking, CancellationToken cancellationToken);
    Task ConfirmAsync(BookingState saga, CancellationToken cancellationToken);
    Task FailAsync(BookingState saga, string reason, string message, CancellationToken cancellationToken);
    Task ExpireAsync(BookingState saga, CancellationToken cancellationToken);
    Task CancelConfirmedAsync(BookingState saga, string reason, string cancelledBy, CancellationToken cancellationToken);
    Task CancelUnpaidAsync(BookingState saga, string reason, string cancelledBy, CancellationToken cancellationToken);
    Task RefundLatePaymentAsync(BookingState saga, CancellationToken cancellationToken);
    Task CompleteRefundAsync(BookingState saga, decimal amount, CancellationToken cancellationToken);
    Task RefundNeedsAPersonAsync(BookingState saga, string failure, CancellationToken cancellationToken);
}
