using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Authentication;
using System.Security.Claims;
using Microsoft.Extensions.Hosting;

namespace Platform.Foundation.Tests.Authentication;

public sealed record CallerView(Guid? UserId, string? Email, bool EmailVerified, string? Name, bool IsAdmin, Dictionary<string, string> Organizations);

// Endpoints only these tests map, behind the service's own pipeline (its error pages wrap them) and
// behind its authentication: one for any signed-in caller, one for admins.
public sealed class ProtectedTestEndpoints(JwksDocument? jwks = null) : IStartupFilter
{
    public const string SignedInPath = "/test/whoami";
    public const string AdminPath = "/test/admin-only";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.UseRouting();
        app.UsePlatformAuthentication();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapGet(SignedInPath, (ClaimsPrincipal user) => TypedResults.Ok(View(user)))
                .RequireAuthorization(PlatformPolicies.SignedIn);
            if (jwks is not null)
                endpoints.MapGet("/.well-known/jwks", () => TypedResults.Content(jwks.Json(), "application/json"));
            endpoints.MapGet(AdminPath, (ClaimsPrincipal user) => TypedResults.Ok(View(user)))
                .RequireAuthorization(PlatformPolicies.Admin);
        });
    };

    private static CallerView View(ClaimsPrincipal user) => new(
        user.UserId(), user.Email(), user.EmailVerified(), user.DisplayName(), user.IsAdmin(),
        user.Memberships().ToDictionary(m => m.Key.ToString(), m => m.Value));

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter>(new ProtectedTestEndpoints());

    /// <summary>Makes the service itself answer /.well-known/jwks with the issuer's keys, as Auth does.</summary>
    public static void PublishJwksOf(TestTokenIssuer issuer, IServiceCollection services)
    {
        var existing = services.Single(s => s.ImplementationInstance is ProtectedTestEndpoints);
        services.Remove(existing);
        services.AddSingleton<IStartupFilter>(new ProtectedTestEndpoints(new JwksDocument(issuer)));
    }
}

public sealed class JwksDocument(TestTokenIssuer issuer)
{
    public string Json() => issuer.JwksJson();
}
