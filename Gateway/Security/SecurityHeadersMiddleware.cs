using Platform.Gateway.ApiDocs;

namespace Platform.Gateway.Security;

// Headers set when the response starts, so they also cover what YARP copied from a downstream service.
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // The Scalar page runs its own bundled script and an inline bootstrap script, and fetches documents from this origin.
    public const string ApiReferenceContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.Remove("Server");
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferenceEndpoints.Path)
                ? ApiReferenceContentSecurityPolicy
                : ApiContentSecurityPolicy;
            if (context.Request.IsHttps)
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
