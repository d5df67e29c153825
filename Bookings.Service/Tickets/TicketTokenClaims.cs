namespace Bookings.Service.Tickets;

// Claim names of a ticket token; a scanner reads these after checking the signature.
public static class TicketTokenClaims
{
    public const string Issuer = "ticketing-bookings";
    public const string Audience = "ticketing-check-in";
    public const string TokenType = "ticket+jwt";

    public const string TicketId = "tid";
    public const string Code = "code";
    public const string EventId = "evt";
    public const string OccurrenceId = "occ";
    public const string OrganizationId = "org";
    public const string TicketTypeId = "tt";
    public const string HolderName = "name";
}
