using System.Security.Cryptography;
using System.Text;

namespace Bookings.Service.Tickets.Transfer;

// A well-formed transfer request: the recipient's address trimmed, and the name they are greeted by.
public sealed record TicketTransferOrder(Guid BookingId, Guid TicketId, string RecipientEmail, string RecipientName)
{
    // Addresses compare case-insensitively, so a retry that only changes case is the same request.
    public string Fingerprint() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{BookingId:N}|{TicketId:N}|{RecipientEmail.ToLowerInvariant()}|{RecipientName}")));
}
