namespace Bookings.Service.Apis;

// Nullable so a missing address is a 400 naming the field; the name defaults to the address.
public sealed record TransferTicketRequest(string? RecipientEmail, string? RecipientName = null);
