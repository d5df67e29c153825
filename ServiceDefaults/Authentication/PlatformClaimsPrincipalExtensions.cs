using System.Security.Claims;

namespace Platform.ServiceDefaults.Authentication;

public static class PlatformClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id from "sub"; null when absent or not a Guid.</summary>
    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(PlatformClaims.Subject)?.Value, out var id) ? id : null;

    public static string? Email(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Email)?.Value;

    public static bool EmailVerified(this ClaimsPrincipal user) =>
        string.Equals(user.FindFirst(PlatformClaims.EmailVerified)?.Value, "true", StringComparison.OrdinalIgnoreCase);

    public static string? DisplayName(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Name)?.Value;

    public static bool IsAdmin(this ClaimsPrincipal user) =>
        user.FindAll(PlatformClaims.Role).Any(claim => claim.Value == PlatformRoles.Admin);

    public static bool IsMemberOf(this ClaimsPrincipal user, Guid organizationId) => user.RoleIn(organizationId) is not null;

    /// <summary>"owner", "staff", or null when the user is not a member of that organization.</summary>
    public static string? RoleIn(this ClaimsPrincipal user, Guid organizationId) =>
        user.Memberships().TryGetValue(organizationId, out var role) ? role : null;

    /// <summary>Every organization the token names, with the user's role in it (owner wins over staff).</summary>
    public static IReadOnlyDictionary<Guid, string> Memberships(this ClaimsPrincipal user)
    {
        var memberships = new Dictionary<Guid, string>();
        foreach (var claim in user.FindAll(PlatformClaims.Organization))
        {
            var separator = claim.Value.LastIndexOf(':');
            if (separator <= 0 || !Guid.TryParse(claim.Value.AsSpan(0, separator), out var organizationId))
                continue;
            var role = claim.Value[(separator + 1)..];
            if (role is not (PlatformRoles.Owner or PlatformRoles.Staff))
                continue;
            if (role == PlatformRoles.Owner || !memberships.ContainsKey(organizationId))
                memberships[organizationId] = role;
        }
        return memberships;
    }
}
