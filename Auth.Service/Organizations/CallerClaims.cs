using System.Security.Claims;

namespace Auth.Service.Organizations;

// Reads the caller from the access token's claims as issued (no inbound claim mapping).
public static class CallerClaims
{
    public static Guid CallerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue("sub"), out var id)
            ? id
            : throw new InvalidOperationException("The signed-in policy let through a token without a Guid 'sub' claim.");

    public static string CallerName(this ClaimsPrincipal user) =>
        user.FindFirstValue("name") is { Length: > 0 } name ? name : user.FindFirstValue("email") ?? "A member";
}
