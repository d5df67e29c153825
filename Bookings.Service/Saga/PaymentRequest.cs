using Bookings.Service.Domain;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;

namespace Bookings.Service.Saga;

// What Payments is asked to charge for a booking; it refuses to start the charge after the hold's expiry.
public static class PaymentRequest
{
    public static RequestPayment For(BookingParties booking, Guid paymentId, decimal total, string currency, DateTimeOffset holdExpiresAt, DateTimeOffset now) =>
        new(paymentId, booking.BookingId, booking.CustomerId, total, currency,
            $"{booking.EventTitle}, {VenueClock.Describe(booking.StartsAt, booking.TimeZone)}",
            holdExpiresAt, now);
}
