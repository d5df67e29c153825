using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.Apis;

// Nullable so a missing address is a 400 naming the field; the name defaults to the address.
public sealed record TransferTicketRequest(
    [Required, Description("Email address of the new holder; the new ticket is mailed there.")] string? RecipientEmail,
    [Description("Name printed on the new ticket; the email address when left out.")] string? RecipientName = null);
