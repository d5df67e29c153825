using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Security;

// Browsers on the configured origins may call the API with a bearer token; any other origin gets no CORS headers.
public static class GatewayCors
{
    public static IServiceCollection AddGatewayCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<GatewayOptions>>((cors, gateway) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(gateway.Value.AllowedOrigins)
                .AllowAnyHeader()
                .AllowAnyMethod()
                .WithExposedHeaders("Retry-After", "X-Correlation-ID", "Location")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }
}
