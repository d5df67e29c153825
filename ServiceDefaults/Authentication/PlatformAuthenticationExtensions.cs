using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Authentication;

namespace Microsoft.Extensions.Hosting;

public static class PlatformAuthenticationExtensions
{
    /// <summary>
    /// Bearer access tokens issued by Auth, validated locally against Auth's published keys, plus the
    /// "signed-in" and "admin" policies. AddServiceDefaults() already calls it; calling it again does nothing.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(service => service.ServiceType == typeof(PlatformAuthenticationMarker)))
            return builder;
        builder.Services.AddSingleton<PlatformAuthenticationMarker>();

        builder.Services.AddOptions<PlatformAuthenticationOptions>()
            .BindConfiguration(PlatformAuthenticationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHttpClient(ConfigurePlatformJwtBearer.JwksHttpClient);
        builder.Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, ConfigurePlatformJwtBearer>());
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PlatformPolicies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(PlatformPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, PlatformRoles.Admin));
        return builder;
    }

    /// <summary>Authentication and authorization after the error pages, so 401 and 403 answer as ProblemDetails.</summary>
    public static IApplicationBuilder UsePlatformAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private sealed class PlatformAuthenticationMarker;
}
