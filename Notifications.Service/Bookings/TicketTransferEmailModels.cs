namespace Notifications.Service.Bookings;

// To the recipient: the ticket handed to them, from whom. Booking.CustomerName is the sender's.
public sealed record TicketReceivedEmail(BookingSummary Booking, string RecipientName, TicketLine Ticket);

// To the sender: whom the ticket went to; their old code no longer admits.
public sealed record TicketTransferredEmail(BookingSummary Booking, string RecipientName, string RecipientEmail, string TicketTypeName, string TransferredAt);
