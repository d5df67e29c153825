using System.ComponentModel;

namespace Bookings.Service.Cancellation;

// Status is "Cancelled"; the refund follows and the booking turns Refunded when Payments confirms it.
public sealed record BookingCancellationResult(
    [Description("Id of the cancelled booking.")] Guid BookingId,
    [Description("Cancelled; the booking turns Refunded once Payments has refunded it.")] string Status,
    [Description("What will be refunded, in the currency's minor units; 0 when nothing was charged.")] decimal RefundAmount,
    [Description("ISO 4217 currency code.")] string Currency);
