using Bookings.Service.Domain;
using Bookings.Service.Saga;
using Platform.ServiceDefaults.Money;

namespace Bookings.Service.Apis;

// The one place a Booking becomes what customers read; its saga's columns add the payment's and refund's outcome.
public static class BookingsApiMapping
{
    public static BookingDto ToDto(this Booking booking) => new(
        booking.Id,
        booking.Status.ToString(),
        booking.StatusReason,
        booking.EventId,
        booking.OccurrenceId,
        booking.EventTitle,
        VenueClock.InVenueZone(booking.StartsAt, booking.TimeZone),
        VenueClock.InVenueZone(booking.EndsAt, booking.TimeZone),
        booking.TimeZone,
        booking.VenueName,
        booking.VenueAddress,
        booking.City,
        booking.Lines
            .OrderBy(line => line.TicketTypeId)
            .Select(line => new BookingLineDto(line.TicketTypeId, line.TicketTypeName, line.Quantity,
                CurrencyAmounts.Exact(line.UnitPrice, booking.Currency), CurrencyAmounts.Exact(line.UnitPrice * line.Quantity, booking.Currency)))
            .ToList(),
        CurrencyAmounts.Exact(booking.Subtotal, booking.Currency),
        CurrencyAmounts.Exact(booking.Discount, booking.Currency),
        CurrencyAmounts.Exact(booking.Total, booking.Currency),
        booking.Currency,
        booking.CouponCode,
        booking.CreatedAt,
        booking.HoldExpiresAt,
        booking.CancellationDeadline is { } deadline ? VenueClock.InVenueZone(deadline, booking.TimeZone) : null,
        booking.Total == 0m
            ? new BookingPaymentDto(booking.PaymentId, null, Free: true, BookingPaymentDto.NothingToPayNote, booking.Saga.PaymentCancelledAt)
            : new BookingPaymentDto(booking.PaymentId, $"/api/payments/{booking.PaymentId}/confirm", CancelledAt: booking.Saga.PaymentCancelledAt),
        RefundOf(booking.Saga));

    static BookingRefundDto? RefundOf(BookingState saga) => saga switch
    {
        { RefundReason: null } => null,
        { RefundedAt: { } refundedAt } => new(BookingRefundDto.Refunded, saga.RefundReason, refundedAt, saga.RefundFailedAt, null),
        { RefundFailedAt: { } failedAt } => new(BookingRefundDto.NeedsAPerson, saga.RefundReason, null, failedAt, BookingRefundDto.NeedsAPersonNote),
        _ => new(BookingRefundDto.Requested, saga.RefundReason, null, null, null),
    };
}
