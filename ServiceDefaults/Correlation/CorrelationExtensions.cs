using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Correlation;

public static class CorrelationExtensions
{
    public static IHostApplicationBuilder AddCorrelationIds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CorrelationContext>();
        builder.Services.AddTransient<CorrelationIdPropagationHandler>();
        return builder;
    }

    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app) =>
        app.UseMiddleware<CorrelationIdMiddleware>();
}
