using OpenIddict.Abstractions;

namespace Auth.Service.Admin;

// Ends every session of a user: their refresh tokens and authorizations stop working at once;
// access tokens already issued run out within their 15 minutes.
public sealed class UserSessionRevocation(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
{
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        await authorizations.RevokeAsync(subject, client: null, status: null, type: null, cancellationToken);
        await tokens.RevokeAsync(subject, client: null, status: null, type: null, cancellationToken);
    }
}
