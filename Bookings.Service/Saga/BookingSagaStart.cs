using Bookings.Service.Domain;
using Platform.Contracts.Bookings;

namespace Bookings.Service.Saga;

// The saga's first state, AwaitingPayment: written by placement in the transaction that holds the seats,
// so every hold has its expiry from the moment it exists.
public static class BookingSagaStart
{
    public static BookingState For(Booking booking, DateTimeOffset now) =>
        AwaitingPayment(booking.Id, booking.PaymentId, booking.HoldExpiresAt, now);

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
