using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Platform.Gateway.Routing;

// YARP answers a failed forward with a bare status code; clients get a ProblemDetails naming the service instead.
public static class ForwarderErrorProblemDetails
{
    public static async Task WriteOnForwarderErrorAsync(HttpContext context, Func<Task> next)
    {
        await next();

        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
            return;

        var service = context.Features.Get<IReverseProxyFeature>()?.Cluster?.Config.ClusterId ?? "downstream";
        var status = error.Exception is BadHttpRequestException badRequest ? badRequest.StatusCode : context.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status413PayloadTooLarge => ("Request body too large", "The request body exceeds the gateway's limit."),
            StatusCodes.Status504GatewayTimeout => ("Gateway timeout", $"The {service} service did not answer in time."),
            >= 500 => ("Bad gateway", $"The {service} service is unavailable."),
            _ => ("Bad request", "The request could not be forwarded."),
        };

        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
