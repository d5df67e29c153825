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

// Runs the state machine's transitions against the database: the saga row (version-checked), the
// booking, the seat counters, the tickets and the outbox rows, all in the caller's transaction.
// The caller saves and commits; nothing here publishes to the bus directly.
public sealed partial class BookingSaga(
    BookingsDbContext db,
    ISeatInventory inventory,
    TicketIssuer tickets,
    CouponLedger coupons,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider,
    ILogger<BookingSaga> logger)
{
    public async Task StartAsync(BookingCreated created, CancellationToken cancellationToken)
    {
        var bookingId = created.Booking.BookingId;
        if (await db.Set<BookingSagaState>().AnyAsync(s => s.BookingId == bookingId, cancellationToken))
        {
            LogIgnored(bookingId, "BookingCreated", "started");
            return;
        }

        var now = timeProvider.GetUtcNow();
        var saga = new BookingSagaState
        {
            BookingId = bookingId,
            State = BookingStatus.AwaitingPayment,
            Version = 1,
            PaymentId = created.PaymentId,
            HoldExpiresAt = created.HoldExpiresAt,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Set<BookingSagaState>().Add(saga);
        // The organizer cancelled while this booking was being placed: its cascade may have missed it.
        if (await CancelledInCatalogAsync(created.Booking, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await ApplyAsync(bookingId, new SagaEvent(SagaTrigger.OrganizerCancelled, "The event was cancelled."), cancellationToken);
            return;
        }
        outbox.Add(new RequestPayment(
            created.PaymentId, bookingId, created.Booking.CustomerId, created.Total, created.Currency,
            $"{created.Booking.EventTitle}, {VenueClock.Describe(created.Booking.StartsAt, created.Booking.TimeZone)}",
            created.HoldExpiresAt, now));
    }

    async Task<bool> CancelledInCatalogAsync(BookingParties booking, CancellationToken cancellationToken) =>
        await db.Set<CatalogEvent>().AnyAsync(e => e.Id == booking.EventId && e.Status == CatalogEvent.Cancelled, cancellationToken)
        || await db.Set<CatalogOccurrence>().AnyAsync(o => o.Id == booking.OccurrenceId && o.Status == CatalogOccurrence.Cancelled, cancellationToken);

    // Returns the step taken (Ignore when the saga is unknown or the state does not expect the trigger).
    public async Task<SagaStep> ApplyAsync(Guid bookingId, SagaEvent sagaEvent, CancellationToken cancellationToken)
    {
        var saga = await db.Set<BookingSagaState>().SingleOrDefaultAsync(s => s.BookingId == bookingId, cancellationToken);
        if (saga is null)
        {
            LogIgnored(bookingId, sagaEvent.Trigger.ToString(), "no saga");
            return SagaStep.Ignore;
        }

        var step = BookingStateMachine.Decide(saga, sagaEvent.Trigger);
        if (step == SagaStep.Ignore)
        {
            LogIgnored(bookingId, sagaEvent.Trigger.ToString(), saga.State.ToString());
            return step;
        }

        var booking = await db.Set<Booking>().SingleAsync(b => b.Id == bookingId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        // Claim the transition first: a concurrent one for this booking fails here, before any side effect.
        saga.Version++;
        saga.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        await TakeStepAsync(step, saga, booking, sagaEvent, now, cancellationToken);
        // A late payment's refund leaves the booking where it ended (Failed, Expired or Cancelled).
        if (step is not (SagaStep.RefundLatePayment or SagaStep.CompleteLatePaymentRefund))
            saga.State = booking.Status;
        booking.UpdatedAt = now;
        LogTransition(bookingId, sagaEvent.Trigger.ToString(), step.ToString(), saga.State.ToString());
        return step;
    }

    async Task TakeStepAsync(SagaStep step, BookingSagaState saga, Booking booking, SagaEvent sagaEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parties = booking.ToParties();
        switch (step)
        {
            case SagaStep.Confirm:
                await inventory.SellHeldAsync(booking, cancellationToken);
                var issued = await tickets.IssueAsync(booking, cancellationToken);
                booking.Status = BookingStatus.Confirmed;
                booking.StatusReason = null;
                saga.PaidAt = now;
                outbox.Add(new BookingConfirmed(parties, issued, booking.Total, booking.Currency, now, booking.Subtotal, booking.Discount, booking.CouponCode));
                break;

            case SagaStep.Fail:
                await inventory.ReleaseHeldAsync(booking, cancellationToken);
                await coupons.GiveBackAsync(booking, now, cancellationToken);
                booking.Status = BookingStatus.Failed;
                booking.StatusReason = sagaEvent.Reason ?? "payment_failed";
                outbox.Add(new BookingFailed(parties, booking.StatusReason, sagaEvent.Message ?? "The payment was not taken.", now));
                break;

            case SagaStep.Expire:
                await inventory.ReleaseHeldAsync(booking, cancellationToken);
                await coupons.GiveBackAsync(booking, now, cancellationToken);
                booking.Status = BookingStatus.Expired;
                booking.StatusReason = "hold_expired";
                outbox.Add(new CancelPayment(saga.PaymentId, booking.Id, "hold_expired", now));
                outbox.Add(new BookingExpired(parties, saga.HoldExpiresAt, now));
                break;

            case SagaStep.CancelConfirmed:
                await inventory.ReturnSoldAsync(booking, cancellationToken);
                await coupons.GiveBackAsync(booking, now, cancellationToken);
                await db.Set<Ticket>()
                    .Where(t => t.BookingId == booking.Id && t.VoidedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.VoidedAt, now), cancellationToken);
                booking.Status = BookingStatus.Cancelled;
                booking.StatusReason = sagaEvent.Reason;
                saga.RefundReason = RefundReasons.Cancelled;
                outbox.Add(new RefundPayment(saga.PaymentId, booking.Id, RefundReasons.Cancelled, now));
                outbox.Add(new BookingCancelled(parties, CancelledBy(sagaEvent), sagaEvent.Reason ?? "cancelled", booking.Total, booking.Currency, now));
                break;

            case SagaStep.CancelUnpaid:
                await inventory.ReleaseHeldAsync(booking, cancellationToken);
                await coupons.GiveBackAsync(booking, now, cancellationToken);
                booking.Status = BookingStatus.Cancelled;
                booking.StatusReason = sagaEvent.Reason;
                outbox.Add(new CancelPayment(saga.PaymentId, booking.Id, "event_cancelled", now));
                outbox.Add(new BookingCancelled(parties, CancelledBy(sagaEvent), sagaEvent.Reason ?? "cancelled", 0m, booking.Currency, now));
                break;

            case SagaStep.RefundLatePayment:
                saga.PaidAt = now;
                saga.RefundReason = RefundReasons.LatePayment;
                outbox.Add(new RefundPayment(saga.PaymentId, booking.Id, RefundReasons.LatePayment, now));
                break;

            case SagaStep.CompleteCancellationRefund:
                booking.Status = BookingStatus.Refunded;
                saga.RefundedAt = now;
                outbox.Add(new BookingRefunded(parties, sagaEvent.Amount ?? booking.Total, booking.Currency, RefundReasons.Cancelled, now));
                break;

            case SagaStep.CompleteLatePaymentRefund:
                saga.RefundedAt = now;
                outbox.Add(new BookingRefunded(parties, sagaEvent.Amount ?? booking.Total, booking.Currency, RefundReasons.LatePayment, now));
                break;
        }
    }

    // The organizer's cascade marks its events with ByOrganizer; everything else is the customer.
    static string CancelledBy(SagaEvent sagaEvent) =>
        sagaEvent.Trigger == SagaTrigger.OrganizerCancelled ? SagaEvent.ByOrganizer : SagaEvent.ByCustomer;

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId}: {Trigger} ignored ({State})")]
    partial void LogIgnored(Guid bookingId, string trigger, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId}: {Trigger} -> {Step}, now {State}")]
    partial void LogTransition(Guid bookingId, string trigger, string step, string state);
}
