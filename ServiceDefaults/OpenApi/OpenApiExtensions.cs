using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string PlatformTitle = "Ticketing platform";

    public static IHostApplicationBuilder AddPlatformOpenApi(this IHostApplicationBuilder builder)
    {
        var service = builder.Environment.ApplicationName;
        builder.Services.AddSingleton<FieldNotes>();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = $"{PlatformTitle}: {service.Replace(".Service", "", StringComparison.Ordinal)} service";
                document.Info.Description = DescriptionOf(service);
                // No server list: the document is read through the gateway, whose own address is the one to call.
                document.Servers?.Clear();
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<FieldDocumentation>();
            options.AddDocumentTransformer<ReferencedFieldDocumentation>();
            options.AddOperationTransformer<ParameterDocumentation>();
        });
        return builder;
    }

    // Served in every environment: the gateway gathers each service's document into one UI.
    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    // The <Description> of the service's project file.
    private static string? DescriptionOf(string service)
    {
        try
        {
            return Assembly.Load(service).GetCustomAttribute<AssemblyDescriptionAttribute>()?.Description;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
