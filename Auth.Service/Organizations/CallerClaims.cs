using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace Auth.Service.Organizations;

public static class CallerClaims
{
    // Endpoints behind the "signed-in" policy always have a Guid subject.
    public static Guid CallerId(this ClaimsPrincipal user) =>
        user.UserId() ?? throw new InvalidOperationException("A signed-in request arrived without a Guid 'sub' claim.");

    public static string CallerName(this ClaimsPrincipal user) =>
        user.DisplayName() is { Length: > 0 } name ? name : user.Email() ?? "A member";
}
