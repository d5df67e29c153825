using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga;

// The saga's start: its row in AwaitingPayment and its RequestPayment, written by placement in the
// transaction that holds the seats, so every hold has its expiry from the moment it exists and the
// payment is asked for without waiting for BookingCreated to come back from the broker.
public static class BookingSagaStart
{
    public static void Begin(BookingsDbContext db, IIntegrationEventOutbox outbox, Booking booking, DateTimeOffset now)
    {
        db.Add(AwaitingPayment(booking.Id, booking.PaymentId, booking.HoldExpiresAt, now));
        outbox.Add(PaymentRequest.For(booking.ToParties(), booking.PaymentId, booking.Total, booking.Currency, booking.HoldExpiresAt, now));
    }

    // For a BookingCreated whose booking has no saga row (placed by a release that wrote none): in the
    // machine's Initial state, which the BookingCreated then moves to AwaitingPayment.
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
