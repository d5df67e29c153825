using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IHostApplicationBuilder AddPlatformOpenApi(this IHostApplicationBuilder builder)
    {
        var title = builder.Environment.ApplicationName;
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = title;
            // No server list: the document is read through the gateway, whose own address is the one to call.
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));
        return builder;
    }

    // Served in every environment: the gateway gathers each service's document into one UI.
    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }
}
