using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Messaging;

namespace Platform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    // MassTransit's ActivitySource and Meter are both named after the library.
    public const string MassTransitSource = "MassTransit";

    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransitSource))
            .WithTracing(tracing => tracing
                .SetSampler(new BackgroundQuerySampler())
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(aspNetCore =>
                    aspNetCore.Filter = context => !HealthEndpointPaths.IsHealthPath(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(MassTransitSource)
                .AddSource(MessagingTelemetry.ActivitySourceName));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
            // The exporter's own HttpClient gets the standard resilience handler, whose every attempt Polly logs at Information.
            if (builder.Configuration["Logging:LogLevel:Polly"] is null)
                builder.Logging.AddFilter("Polly", LogLevel.Warning);
        }

        return builder;
    }
}
