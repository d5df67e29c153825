using Bookings.Service.Saga;
using Platform.Contracts.Bookings;

namespace Platform.Foundation.Tests.BookingsSaga.Machine;

// The saga's effects, written down instead of done: the machine's tests check which steps a message
// caused. It sets the saga fields the real steps set, because the machine's guards read them.
public sealed class RecordedSteps : IBookingSteps
{
    readonly List<string> taken = [];

    public bool EventCancelledInCatalog { get; set; }

    public IReadOnlyList<string> Taken
    {
        get { lock (taken) return [.. taken]; }
    }

    void Record(string step)
    {
        lock (taken) taken.Add(step);
    }


    public Task<bool> IsCancelledInCatalogAsync(BookingParties booking, CancellationToken cancellationToken) => Task.FromResult(EventCancelledInCatalog);

    public Task ConfirmAsync(BookingState saga, CancellationToken cancellationToken)
    {
        saga.PaidAt = DateTimeOffset.UtcNow;
        return Done("Confirm");
    }

    public Task FailAsync(BookingState saga, string reason, string message, CancellationToken cancellationToken) => Done($"Fail:{reason}");

    public Task ExpireAsync(BookingState saga, CancellationToken cancellationToken) => Done("Expire");

    public Task CancelConfirmedAsync(BookingState saga, string reason, string cancelledBy, CancellationToken cancellationToken)
    {
        saga.RefundReason = RefundReasons.Cancelled;
        return Done($"CancelConfirmed:{cancelledBy}");
    }

    public Task CancelUnpaidAsync(BookingState saga, string reason, string cancelledBy, CancellationToken cancellationToken) => Done($"CancelUnpaid:{cancelledBy}");

    public Task RefundLatePaymentAsync(BookingState saga, CancellationToken cancellationToken)
    {
        saga.PaidAt = DateTimeOffset.UtcNow;
        saga.RefundReason = RefundReasons.LatePayment;
        return Done("RefundLatePayment");
    }

    public Task CompleteRefundAsync(BookingState saga, decimal amount, CancellationToken cancellationToken)
    {
        saga.RefundedAt = DateTimeOffset.UtcNow;
        return Done($"CompleteRefund:{amount}");
    }

    public Task RefundNeedsAPersonAsync(BookingState saga, string failure, CancellationToken cancellationToken)
    {
        saga.RefundFailedAt = DateTimeOffset.UtcNow;
        return Done($"RefundNeedsAPerson:{failure}");
    }

    Task Done(string step)
    {
        Record(step);
        return Task.CompletedTask;
    }
}
