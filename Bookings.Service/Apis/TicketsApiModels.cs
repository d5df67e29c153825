using Bookings.Service.Tickets;

namespace Bookings.Service.Apis;

public sealed record TicketSigningKeySet(IReadOnlyList<TicketSigningJwk> Keys);

public sealed record TicketSigningJwk(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);

// Status: "valid", "checked_in", "transferred" (to TransferredTo, at TransferredAt) or "voided".
public sealed record TicketDto(
    Guid Id,
    Guid TicketTypeId,
    string TicketTypeName,
    string HolderName,
    string Code,
    string SignedToken,
    string Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset? CheckedInAt,
    string QrCodeUrl,
    string? TransferredTo = null,
    DateTimeOffset? TransferredAt = null)
{
    public static TicketDto From(Ticket ticket) => new(
        ticket.Id, ticket.TicketTypeId, ticket.TicketTypeName, ticket.HolderName, ticket.Code, ticket.SignedToken,
        ticket.VoidedAt is not null ? "voided" : ticket.CheckedInAt is not null ? "checked_in" : ticket.TransferredAt is not null ? "transferred" : "valid",
        ticket.IssuedAt, ticket.CheckedInAt, $"/api/bookings/tickets/{ticket.Id}/qr.png", ticket.TransferredToEmail, ticket.TransferredAt);
}
