using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Correlation;

namespace Platform.ServiceDefaults.Http;

public static class HttpClientDefaultsExtensions
{
    // Every HttpClient resolves http://<service> from services:<service>:http:0, retries and breaks
    // circuits the standard way, and carries the correlation id.
    public static IHostApplicationBuilder AddPlatformHttpClientDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddHttpMessageHandler<CorrelationIdPropagationHandler>();
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }
}
