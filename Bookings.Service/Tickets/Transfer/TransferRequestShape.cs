using System.Net.Mail;
using Bookings.Service.Apis;

namespace Bookings.Service.Tickets.Transfer;

// Checks what needs no database: present, well-formed, not the sender's own address. Failures are 400s naming the field.
public static class TransferRequestShape
{
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxEmailLength = 320;
    public const int MaxNameLength = 200;

    public static bool TryRead(
        string? idempotencyKey, Guid bookingId, Guid ticketId, TransferTicketRequest? request, IEnumerable<string?> senderEmails,
        out TicketTransferOrder order, out Dictionary<string, string[]> errors)
    {
        errors = [];
        order = new TicketTransferOrder(bookingId, ticketId, "", "");
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength)
            errors["idempotencyKey"] = [$"The Idempotency-Key header is required: 1 to {MaxIdempotencyKeyLength} characters."];
        if (request is null)
        {
            errors["body"] = ["A JSON body with recipientEmail is required."];
            return false;
        }

        var email = request.RecipientEmail?.Trim() ?? "";
        if (email.Length == 0)
            errors["recipientEmail"] = ["recipientEmail is required."];
        else if (email.Length > MaxEmailLength || !IsPlainAddress(email))
            errors["recipientEmail"] = ["recipientEmail must be one email address such as ana@example.org."];
        else if (senderEmails.Any(own => string.Equals(own?.Trim(), email, StringComparison.OrdinalIgnoreCase)))
            errors["recipientEmail"] = ["A ticket cannot be transferred to your own email address."];

        var name = request.RecipientName?.Trim();
        if (name is { Length: > MaxNameLength })
            errors["recipientName"] = [$"recipientName has at most {MaxNameLength} characters."];
        else if (name is not null && name.Any(char.IsControl))
            errors["recipientName"] = ["recipientName must be printable text on one line."];

        if (errors.Count > 0)
            return false;
        order = new TicketTransferOrder(bookingId, ticketId, email, string.IsNullOrEmpty(name) ? email : name);
        return true;
    }

    // One bare address, no display name or list: what the recipient's mail is sent to, verbatim.
    static bool IsPlainAddress(string email) =>
        MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
}
