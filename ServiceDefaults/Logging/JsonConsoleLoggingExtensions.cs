using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Logging;

public static class JsonConsoleLoggingExtensions
{
    // One JSON object per line, with scopes (CorrelationId, TraceId, SpanId) so lines can be joined up.
    public static IHostApplicationBuilder AddJsonConsoleLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddJsonConsole(console =>
        {
            console.IncludeScopes = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        QuietRoutineChatter(builder);
        return builder;
    }

    // Every SQL command of the outbox poll, every proxied or health request: at Information these drown
    // what matters. A Logging:LogLevel entry for the same category in configuration still wins.
    static readonly string[] ChattyCategories =
    [
        "Microsoft.EntityFrameworkCore.Database.Command",
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Routing.EndpointMiddleware",
        "Yarp.ReverseProxy.Forwarder.HttpForwarder",
    ];

    static void QuietRoutineChatter(IHostApplicationBuilder builder)
    {
        foreach (var category in ChattyCategories)
        {
            if (builder.Configuration[$"Logging:LogLevel:{category}"] is null)
                builder.Logging.AddFilter(category, LogLevel.Warning);
        }
    }
}
