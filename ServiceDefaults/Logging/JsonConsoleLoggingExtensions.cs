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
        return builder;
    }
}
