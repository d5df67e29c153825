using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Saga;
using Bookings.Service.Saga.Messages;
using Bookings.Service.Tickets;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Money;

namespace Bookings.Service.Cancellation;

// A customer cancelling their own confirmed booking: allowed until the event's cancellation deadline
// (the start of the occurrence when the event sets none). The saga does the rest.
public sealed class CustomerCancellation(BookingsDbContext db, InProcessSagaEvents saga, TimeProvider timeProvider)
{
    public const string CustomerReason = "cancelled by customer";

    public abstract record Outcome
    {
        public sealed record Cancelled(BookingCancellationResult Result) : Outcome;
        public sealed record Refused(string Reason, string Detail) : Outcome;
        public sealed record NotFound : Outcome;
    }

    // Locks the booking's tickets until the cancellation commits: a scan at the same moment either came first
    // (and is seen here) or waits and then finds its ticket void.
    async Task<DateTimeOffset?> FirstAdmissionAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        var tickets = await db.Set<Ticket>().FromSql($"SELECT * FROM tickets WHERE booking_id = {bookingId} FOR UPDATE")
            .AsNoTracking().ToListAsync(cancellationToken);
        return tickets.Where(t => t.CheckedInAt is not null).Min(t => t.CheckedInAt);
    }

    public async Task<Outcome> CancelAsync(Guid bookingId, Guid? customerId, CancellationToken cancellationToken)
    {
        try
        {
            return await SagaTransaction.RunAsync<Outcome>(db, async token =>
            {
                var booking = await db.Set<Booking>().AsNoTracking()
                    .SingleOrDefaultAsync(b => b.Id == bookingId && b.CustomerId == customerId, token);
                if (booking is null)
                    return new Outcome.NotFound();
                if (booking.Status != BookingStatus.Confirmed)
                    return new Outcome.Refused("not_confirmed", $"Only a confirmed booking can be cancelled; this one is {booking.Status}.");
                var deadline = booking.CancellationDeadline ?? booking.StartsAt;
                if (timeProvider.GetUtcNow() > deadline)
                    return new Outcome.Refused("cancellation_deadline_passed", $"Cancellations closed at {deadline:O}.");
                if (await FirstAdmissionAsync(bookingId, token) is { } admittedAt)
                    return new Outcome.Refused("checked_in",
                        $"A ticket of this booking was admitted at the door at {admittedAt:O}; a booking that has been used cannot be cancelled and refunded.");

                await saga.RaiseAsync(new CancelBookingForCustomer(bookingId, CustomerReason, timeProvider.GetUtcNow()), token);
                return (await db.Set<BookingState>().SingleAsync(s => s.CorrelationId == bookingId, token)).CurrentState == nameof(BookingStatus.Cancelled)
                    ? new Outcome.Cancelled(new BookingCancellationResult(bookingId, nameof(BookingStatus.Cancelled), CurrencyAmounts.Exact(booking.Total, booking.Currency), booking.Currency))
                    : new Outcome.Refused("not_confirmed", "The booking is no longer confirmed.");
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Outcome.Refused("concurrent_change", "The booking changed at the same moment; read it again and retry.");
        }
    }
}
