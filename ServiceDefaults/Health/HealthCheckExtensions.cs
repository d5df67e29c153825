using MassTransit;
using MassTransit.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Health;

public static class HealthCheckExtensions
{
    public const string BrokerCheckName = "rabbitmq";

    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);

        // MassTransit registers its own bus check; name it after what it watches.
        builder.Services.AddOptions<MassTransitHealthCheckOptions<IBus>>().Configure(options =>
        {
            options.Name ??= BrokerCheckName;
            options.Tags.Add(HealthTags.Ready);
        });
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var broker in options.Registrations.Where(r => r.Name == BrokerCheckName))
            {
                var busCheck = broker.Factory;
                broker.Factory = services => new BrokerReadinessCheck(busCheck(services));
            }
        });
        return builder;
    }

    public static WebApplication MapPlatformHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPaths.Health, new HealthCheckOptions
        {
            ResponseWriter = HealthReportJsonWriter.WriteAsync,
        });
        app.MapHealthChecks(HealthEndpointPaths.Alive, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(HealthTags.Live),
            ResponseWriter = HealthReportJsonWriter.WriteAsync,
        });
        return app;
    }
}
