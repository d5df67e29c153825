namespace Notifications.Service.Bookings;

// The template models of the booking emails: strings already formatted, so templates only place them.
public sealed record BookingConfirmedEmail(BookingSummary Booking, IReadOnlyList<TicketLine> Tickets, string Total);

public sealed record TicketLine(string TicketTypeName, string Code, string AttachmentName);

public sealed record BookingFailedEmail(BookingSummary Booking, string Reason);

public sealed record BookingExpiredEmail(BookingSummary Booking, string HoldExpiredAt);

public sealed record BookingCancelledEmail(BookingSummary Booking, bool ByOrganizer, string Reason, string RefundAmount);

public sealed record BookingRefundedEmail(BookingSummary Booking, string Amount, bool LatePayment);
