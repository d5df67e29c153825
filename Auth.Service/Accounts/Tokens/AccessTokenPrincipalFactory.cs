using System.Security.Claims;
using Auth.Service.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Auth.Service.Accounts.Tokens;

// The identity every access token carries: the shared contract's claims, read fresh at each issue.
public sealed class AccessTokenPrincipalFactory(UserManager<PlatformUser> users, IOrganizationMembershipSource memberships)
{
    public const string Audience = "ticketing-api";
    public const string OrganizationClaim = "org";

    public async Task<ClaimsPrincipal> CreateAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(Claims.Subject, user.Id.ToString());
        identity.AddClaim(Claims.Email, user.Email ?? "");
        identity.AddClaim(Claims.EmailVerified, user.EmailConfirmed ? "true" : "false");
        identity.AddClaim(Claims.Name, user.DisplayName);
        foreach (var role in await users.GetRolesAsync(user))
            identity.AddClaim(Claims.Role, role);
        foreach (var (organizationId, role) in await memberships.ForUserAsync(user.Id, cancellationToken))
            identity.AddClaim(OrganizationClaim, $"{organizationId}:{role}");
        identity.SetAudiences(Audience);
        identity.SetScopes(Scopes.OfflineAccess);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
