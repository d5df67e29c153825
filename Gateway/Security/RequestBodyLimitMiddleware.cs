using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Security;

// Rejects a declared over-limit body before forwarding; a chunked body is cut off by the server at the same limit.
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<GatewayOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"The request body is {context.Request.ContentLength} bytes; the limit is {limit} bytes.",
                },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;
        await next(context);
    }
}
