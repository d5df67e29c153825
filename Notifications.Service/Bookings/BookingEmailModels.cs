namespace Notifications.Service.Bookings;

// The template models of the booking emails: strings already formatted, so templates only place them.
// Subtotal is null for a message from before prices were itemised; Discount and CouponCode are null when
// no coupon took anything off. Null rather than "" because an empty string is truthy in Liquid.
public sealed record BookingConfirmedEmail(
    BookingSummary Booking,
    IReadOnlyList<TicketLine> Tickets,
    string Total,
    bool NothingCharged = false,
    string? Subtotal = null,
    string? Discount = null,
    string? CouponCode = null);

public sealed record TicketLine(string TicketTypeName, string Code, string AttachmentName);

public sealed record BookingFailedEmail(BookingSummary Booking, string Reason);

public sealed record BookingExpiredEmail(BookingSummary Booking, string HoldExpiredAt);

public sealed record BookingCancelledEmail(BookingSummary Booking, bool ByOrganizer, string Reason, string RefundAmount, bool NothingRefunded = false);

// NothingRefunded: a free booking (a 100 % coupon) was refunded 0, so the mail must not promise money back.
public sealed record BookingRefundedEmail(BookingSummary Booking, string Amount, bool LatePayment, bool NothingRefunded = false);

public sealed record BookingRefundFailedEmail(BookingSummary Booking, string Amount, bool LatePayment);
