using Bookings.Service.Catalog;
using Bookings.Service.Coupons;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Bookings.Service.Tickets;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga;

public sealed class BookingSteps(
    BookingsDbContext db,
    ISeatInventory inventory,
    TicketIssuer tickets,
    CouponLedger coupons,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider) : IBookingSteps
{
    Booking? booking;

    // The saga's transaction already holds the saga row; the booking is read once per message.
    async Task<Booking> BookingAsync(BookingState saga, CancellationToken cancellationToken) =>
        booking is { } loaded && loaded.Id == saga.CorrelationId
            ? loaded
            : booking = await db.Set<Booking>().SingleAsync(b => b.Id == saga.CorrelationId, cancellationToken);

    public async Task<bool> IsCancelledInCatalogAsync(BookingParties parties, CancellationToken cancellationToken) =>
        await db.Set<CatalogEvent>().AnyAsync(e => e.Id == parties.EventId && e.Status == CatalogEvent.Cancelled, cancellationToken)
        || await db.Set<CatalogOccurrence>().AnyAsync(o => o.Id == parties.OccurrenceId && o.Status == CatalogOccurrence.Cancelled, cancellationToken);

    public async Task ConfirmAsync(BookingState saga, CancellationToken cancellationToken)
    {
        var booking = await BookingAsync(saga, cancellationToken);
        var now = timeProvider.GetUtcNow();
        await inventory.SellHeldAsync(booking, cancellationToken);
        var issued = await tickets.IssueAsync(booking, cancellationToken);
        booking.StatusReason = null;
        saga.PaidAt = now;
        outbox.Add(new BookingConfirmed(booking.ToParties(), issued, booking.Total, booking.Currency, now, booking.Subtotal, booking.Discount, booking.CouponCode));
    }

    public async Task FailAsync(BookingState saga, string reason, string message, CancellationToken cancellationToken)
    {
        var booking = await BookingAsync(saga, cancellationToken);
        var now = timeProvider.GetUtcNow();
        await inventory.ReleaseHeldAsync(booking, cancellationToken);
        await coupons.GiveBackAsync(booking, now, cancellationToken);
        booking.StatusReason = reason;
        outbox.Add(new BookingFailed(booking.ToParties(), reason, message, now));
    }

    public async Task ExpireAsync(BookingState saga, CancellationToken cancellationToken)
    {
        var booking = await BookingAsync(saga, cancellationToken);
        var now = timeProvider.GetUtcNow();
        await inventory.ReleaseHeldAsync(booking, cancellationToken);
        await coupons.GiveBackAsync(booking, now, cancellationToken);
        booking.StatusReason = "hold_expired";
        outbox.Add(new CancelPayment(saga.PaymentId, booking.Id, "hold_expired", now));
        outbox.Add(new BookingExpired(booking.ToParties(), saga.HoldExpiresAt, now));
    }

    public async Task CancelConfirmedAsync(BookingState saga, string reason, string cancelledBy, CancellationToken cancellationToken)
    {
        var booking = await BookingAsync(saga, cancellationToken);
        var now = timeProvider.GetUtcNow();
        await inventory.ReturnSoldAsync(booking, cancellationToken);
        await coupons.GiveBackAsync(booking, now, cancellationToken);
        await db.Set<Ticket>()
            .Where(t => t.BookingId == booking.Id && t.VoidedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.VoidedAt, now), cancellationToken);
        booking.StatusReason = reason;
        saga.RefundReason = RefundReasons.Cancelled;
        outbox.Add(new RefundPayment(saga.PaymentId, booking.Id, RefundReasons.Cancelled, now));
        outbox.Add(new BookingCancelled(booking.ToParties(), cancelledBy, reason, booking.Total, booking.Currency, now));
    }

    public async Task CancelUnpaidAsync(BookingState saga, string reason, string cancelledBy, CancellationToken cancellationToken)
    {
        var booking = await BookingAsync(saga, cancellationToken);
        var now = timeProvider.GetUtcNow();
        await inventory.ReleaseHeldAsync(booking, cancellationToken);
        await coupons.GiveBackAsync(booking, now, cancellationToken);
        booking.StatusReason = reason;
        outbox.Add(new CancelPayment(saga.PaymentId, booking.Id, "event_cancelled", now));
        outbox.Add(new BookingCancelled(booking.ToParties(), cancelledBy, reason, 0m, booking.Currency, now));
    }

    public Task RefundLatePaymentAsync(BookingState saga, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        saga.PaidAt = now;
        saga.RefundReason = RefundReasons.LatePayment;
        outbox.Add(new RefundPayment(saga.PaymentId, saga.CorrelationId, RefundReasons.LatePayment, now));
        return Task.CompletedTask;
    }

    public async Task CompleteRefundAsync(BookingState saga, decimal amount, CancellationToken cancellationToken)
    {
        var booking = await BookingAsync(saga, cancellationToken);
        var now = timeProvider.GetUtcNow();
        saga.RefundedAt = now;
        outbox.Add(new BookingRefunded(booking.ToParties(), amount, booking.Currency, saga.RefundReason!, now));
    }

    public async Task RefundNeedsAPersonAsync(BookingState saga, string failure, CancellationToken cancellationToken)
    {
        var booking = await BookingAsync(saga, cancellationToken);
        var now = timeProvider.GetUtcNow();
        saga.RefundFailedAt = now;
        saga.RefundFailure = failure.Length <= BookingState.MaxRefundFailureLength ? failure : failure[..BookingState.MaxRefundFailureLength];
        outbox.Add(new BookingRefundFailed(booking.ToParties(), booking.Total, booking.Currency, saga.RefundReason!, saga.RefundFailure, now));
    }
}
