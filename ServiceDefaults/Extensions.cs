using Microsoft.AspNetCore.Builder;
using Platform.ServiceDefaults.Correlation;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Logging;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

// Shared wiring every service calls: telemetry, health, discovery, resilience, problem details, logging, access tokens.
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddJsonConsoleLogging();
        builder.AddPlatformTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddCorrelationIds();
        builder.AddPlatformHttpClientDefaults();
        builder.AddPlatformProblemDetails();
        builder.AddPlatformOpenApi();
        builder.AddPlatformAuthentication();
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Correlation first so error responses and their log lines carry the id.
        app.UseCorrelationIds();
        app.UsePlatformProblemDetails();
        app.UsePlatformAuthentication();
        app.MapPlatformOpenApi();
        app.MapPlatformHealthChecks();
        return app;
    }
}
