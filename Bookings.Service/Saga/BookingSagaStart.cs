using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Saga.Messages;
using Bookings.Service.Saga.Scheduling;
using Microsoft.Extensions.Options;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga;

// The saga's start, written by placement in the transaction that holds the seats: its row in
// AwaitingPayment, the hold's expiry scheduled, and RequestPayment in the outbox. Every hold has its
// expiry from the moment it exists, and the payment is asked for without waiting for BookingCreated
// to come back from the broker. BookingStateMachine's Initially does the same for a BookingCreated
// whose booking has no saga row.
public sealed class BookingSagaStart(BookingsDbContext db, IIntegrationEventOutbox outbox, DueMessages dueMessages, IOptions<SagaOptions> options)
{
    public void Begin(Booking booking, DateTimeOffset now)
    {
        var saga = AwaitingPayment(booking.Id, booking.PaymentId, booking.HoldExpiresAt, now);
        saga.HoldExpiryTokenId = dueMessages.Schedule(new BookingHoldExpired(booking.Id, booking.HoldExpiresAt), booking.HoldExpiresAt + options.Value.PaymentGrace);
        db.Add(saga);
        outbox.Add(PaymentRequest.For(booking.ToParties(), booking.PaymentId, booking.Total, booking.Currency, booking.HoldExpiresAt, now));
    }

    // In the machine's Initial state, which the BookingCreated then moves to AwaitingPayment.
    public static BookingState From(BookingCreated created) =>
        New(created.Booking.BookingId, created.PaymentId, created.HoldExpiresAt, created.OccurredAt, state: null);

    static BookingState AwaitingPayment(Guid bookingId, Guid paymentId, DateTimeOffset holdExpiresAt, DateTimeOffset now) =>
        New(bookingId, paymentId, holdExpiresAt, now, nameof(BookingStatus.AwaitingPayment));

    static BookingState New(Guid bookingId, Guid paymentId, DateTimeOffset holdExpiresAt, DateTimeOffset now, string? state) => new()
    {
        CorrelationId = bookingId,
        CurrentState = state!,
        Version = 1,
        PaymentId = paymentId,
        HoldExpiresAt = holdExpiresAt,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
