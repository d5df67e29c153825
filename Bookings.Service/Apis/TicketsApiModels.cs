using Bookings.Service.Tickets;

namespace Bookings.Service.Apis;

public sealed record TicketSigningKeySet(IReadOnlyList<TicketSigningJwk> Keys);

public sealed record TicketSigningJwk(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);

// Status: "valid", "checked_in" or "voided".
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
    string QrCodeUrl)
{
    public static TicketDto From(Ticket ticket) => new(
        ticket.Id, ticket.TicketTypeId, ticket.TicketTypeName, ticket.HolderName, ticket.Code, ticket.SignedToken,
        ticket.VoidedAt is not null ? "voided" : ticket.CheckedInAt is not null ? "checked_in" : "valid",
        ticket.IssuedAt, ticket.CheckedInAt, $"/api/bookings/tickets/{ticket.Id}/qr.png");
}
