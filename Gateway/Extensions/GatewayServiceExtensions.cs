using Platform.Gateway.Health;
using Platform.Gateway.Routing;
using Platform.Gateway.Security;
using Platform.Gateway.Throttling;

namespace Platform.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        var services = DownstreamServiceCatalog.ReadFrom(builder.Configuration);

        builder.Services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddProblemDetails();
        builder.Services.AddGatewayRateLimiting();
        builder.Services.AddGatewayCors();
        builder.Services.AddTokensLeftToServices();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddReverseProxy()
            .LoadFromMemory(GatewayRoutes.RoutesFor(services), GatewayRoutes.ClustersFor(services));
        builder.Services.AddHealthChecks().AddDownstreamServiceChecks(services);
        return builder;
    }

    public static WebApplication UseGatewayProtections(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }

    public static WebApplication MapGatewayRoutes(this WebApplication app)
    {
        app.MapReverseProxy(proxy => proxy.Use(ForwarderErrorProblemDetails.WriteOnForwarderErrorAsync));
        app.MapFallback("{**path}", (HttpContext context) => TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found",
            detail: $"No route matches {context.Request.Method} {context.Request.Path}."));
        return app;
    }
}
