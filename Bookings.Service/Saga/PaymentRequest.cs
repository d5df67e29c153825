using Bookings.Service.Domain;
using Platform.Contracts.Payments;

namespace Bookings.Service.Saga;

// What Payments is asked to charge for a booking; it refuses to start the charge after the hold's expiry.
public static class PaymentRequest
{
    public static RequestPayment For(Booking booking, DateTimeOffset now) =>
        new(booking.PaymentId, booking.Id, booking.CustomerId, booking.Total, booking.Currency,
            $"{booking.EventTitle}, {VenueClock.Describe(booking.StartsAt, booking.TimeZone)}",
            booking.HoldExpiresAt, now);
}
