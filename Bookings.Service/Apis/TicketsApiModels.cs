using System.ComponentModel;
using Bookings.Service.Tickets;

namespace Bookings.Service.Apis;

public sealed record TicketSigningKeySet(
    [Description("The public keys that verify ticket tokens (a JSON Web Key Set).")] IReadOnlyList<TicketSigningJwk> Keys);

public sealed record TicketSigningJwk(
    [Description("Key type: EC.")] string Kty,
    [Description("Curve: P-256.")] string Crv,
    [Description("The public point's x coordinate, base64url.")] string X,
    [Description("The public point's y coordinate, base64url.")] string Y,
    [Description("Key id, matching the kid in a ticket token's header.")] string Kid,
    [Description("Use: sig (signatures).")] string Use,
    [Description("Algorithm: ES256.")] string Alg);

// Status: "valid", "checked_in", "transferred" (to TransferredTo, at TransferredAt) or "voided".
public sealed record TicketDto(
    [Description("Id of the ticket.")] Guid Id,
    [Description("Id of its ticket type.")] Guid TicketTypeId,
    [Description("Name of its ticket type.")] string TicketTypeName,
    [Description("Name of the holder.")] string HolderName,
    [Description("Unguessable code that staff can type at the door.")] string Code,
    [Description("Signed token the QR code holds; verifiable offline with the signing keys.")] string SignedToken,
    [Description("valid, checked_in, transferred (no longer admits) or voided.")] string Status,
    [Description("When the ticket was issued.")] DateTimeOffset IssuedAt,
    [Description("When it was admitted at the door; null until then.")] DateTimeOffset? CheckedInAt,
    [Description("Path of the ticket's QR code PNG.")] string QrCodeUrl,
    [Description("Email address it was transferred to, if transferred.")] string? TransferredTo = null,
    [Description("When it was transferred, if transferred.")] DateTimeOffset? TransferredAt = null)
{
    public static TicketDto From(Ticket ticket) => new(
        ticket.Id, ticket.TicketTypeId, ticket.TicketTypeName, ticket.HolderName, ticket.Code, ticket.SignedToken,
        ticket.VoidedAt is not null ? "voided" : ticket.CheckedInAt is not null ? "checked_in" : ticket.TransferredAt is not null ? "transferred" : "valid",
        ticket.IssuedAt, ticket.CheckedInAt, $"/api/bookings/tickets/{ticket.Id}/qr.png", ticket.TransferredToEmail, ticket.TransferredAt);
}
