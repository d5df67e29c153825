using Bookings.Service.Domain;

namespace Bookings.Service.Apis;

// The one place a Booking becomes what customers read.
public static class BookingsApiMapping
{
    public static BookingDto ToDto(this Booking booking) => new(
        booking.Id,
        booking.Status.ToString(),
        booking.StatusReason,
        booking.EventId,
        booking.OccurrenceId,
        booking.EventTitle,
        booking.StartsAt,
        booking.EndsAt,
        booking.TimeZone,
        booking.VenueName,
        booking.VenueAddress,
        booking.City,
        booking.Lines
            .OrderBy(line => line.TicketTypeId)
            .Select(line => new BookingLineDto(line.TicketTypeId, line.TicketTypeName, line.Quantity, line.UnitPrice, line.UnitPrice * line.Quantity))
            .ToList(),
        booking.Subtotal,
        booking.Discount,
        booking.Total,
        booking.Currency,
        booking.CouponCode,
        booking.CreatedAt,
        booking.HoldExpiresAt,
        booking.CancellationDeadline,
        booking.Total == 0m
            ? new BookingPaymentDto(booking.PaymentId, null, Free: true, BookingPaymentDto.NothingToPayNote)
            : new BookingPaymentDto(booking.PaymentId, $"/api/payments/{booking.PaymentId}/confirm"));
}
