using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bookings.Service.Tickets;

// Compact JWS (ES256) naming the ticket, so a scanner can verify it offline with the published key.
public sealed class TicketTokenSigner(TicketSigningKeyStore keys, TimeProvider timeProvider)
{
    readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<string> SignAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(cancellationToken);
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TicketTokenClaims.Issuer,
            Audience = TicketTokenClaims.Audience,
            TokenType = TicketTokenClaims.TokenType,
            IssuedAt = timeProvider.GetUtcNow().UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [TicketTokenClaims.TicketId] = ticket.Id.ToString(),
                [TicketTokenClaims.Code] = ticket.Code,
                [TicketTokenClaims.EventId] = ticket.EventId.ToString(),
                [TicketTokenClaims.OccurrenceId] = ticket.OccurrenceId.ToString(),
                [TicketTokenClaims.OrganizationId] = ticket.OrganizationId.ToString(),
                [TicketTokenClaims.TicketTypeId] = ticket.TicketTypeId.ToString(),
                [TicketTokenClaims.HolderName] = ticket.HolderName,
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }

    // The ticket id of a token whose signature is ours; null for anything else (forged, garbled, foreign key).
    public async Task<Guid?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(cancellationToken);
        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = TicketTokenClaims.Issuer,
            ValidAudience = TicketTokenClaims.Audience,
            ValidTypes = [TicketTokenClaims.TokenType],
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            IssuerSigningKey = key,
            // Tickets stay valid until the event; their lifetime is the booking's, not the token's.
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        if (!result.IsValid || !result.Claims.TryGetValue(TicketTokenClaims.TicketId, out var id))
            return null;
        return Guid.TryParse(id?.ToString(), out var ticketId) ? ticketId : null;
    }

    public async Task<JsonWebKey> PublicJwkAsync(CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(cancellationToken);
        var publicOnly = new ECDsaSecurityKey(System.Security.Cryptography.ECDsa.Create(key.ECDsa.ExportParameters(false))) { KeyId = key.KeyId };
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(publicOnly);
        jwk.Use = "sig";
        jwk.Alg = SecurityAlgorithms.EcdsaSha256;
        return jwk;
    }
}
