using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Correlation;

public sealed class CorrelationIdMiddleware(RequestDelegate next, CorrelationContext correlation, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[CorrelationId.HeaderName].ToString();
        var id = CorrelationId.IsValid(incoming) ? incoming : CorrelationId.New();

        // Written back onto the request so a proxy (YARP) forwards the id it settled on.
        context.Request.Headers[CorrelationId.HeaderName] = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationId.HeaderName] = id;
            return Task.CompletedTask;
        });

        correlation.CorrelationId = id;
        var activity = Activity.Current;
        activity?.SetTag(CorrelationId.BaggageKey, id);
        activity?.SetBaggage(CorrelationId.BaggageKey, id);

        using (logger.BeginScope(new Dictionary<string, object> { [CorrelationId.LogScopeKey] = id }))
        {
            await next(context);
        }
    }
}
