using Platform.Gateway.Routing;
using Scalar.AspNetCore;

namespace Platform.Gateway.ApiDocs;

// One Scalar UI for the whole platform, listing each service's OpenAPI document as proxied by the gateway.
public static class ApiReferenceEndpoints
{
    public const string Path = "/scalar";

    public static WebApplication MapServiceApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Path, options => options
            .WithTitle("Ticketing platform API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocuments(DownstreamServiceCatalog.Names)
            .DisableDefaultFonts());
        return app;
    }
}
