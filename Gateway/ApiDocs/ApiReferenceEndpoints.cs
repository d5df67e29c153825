using Platform.Gateway.Routing;
using Scalar.AspNetCore;

namespace Platform.Gateway.ApiDocs;

// One Scalar UI for the whole platform, listing each service's OpenAPI document as proxied by the gateway.
public static class ApiReferenceEndpoints
{
    public const string Path = "/scalar";

    public static WebApplication MapServiceApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("Ticketing platform API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts();
            foreach (var name in DownstreamServiceCatalog.Names)
                options.AddDocument(name, title: $"{char.ToUpperInvariant(name[0])}{name[1..]} service");
        });
        return app;
    }
}
