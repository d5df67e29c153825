using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.Foundation.Tests.Gateway;

// A real HTTP backend on a free loopback port that stands in for one platform service and echoes what reached it.
public sealed class EchoService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private EchoService(string name, WebApplication app)
    {
        Name = name;
        _app = app;
    }

    public string Name { get; }
    public Uri Address => new(_app.Urls.Single());
    public bool Healthy { get; set; } = true;

    /// <summary>Every request that reached this service, as "METHOD /path".</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Received { get; } = new();

    public static async Task<EchoService> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new EchoService(name, app);
        app.Use((context, next) =>
        {
            service.Received.Enqueue($"{context.Request.Method} {context.Request.Path}");
            return next(context);
        });

        app.MapGet("/health", () => service.Healthy
            ? Results.Text("Healthy")
            : Results.Json(new { status = "Unhealthy", checks = new[] { new { name = "database", status = "Unhealthy" }, new { name = "redis", status = "Healthy" } } },
                statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapGet("/openapi/v1.json", () => Results.Json(new
        {
            openapi = "3.1.1",
            info = new { title = $"{name} service", version = "v1" },
            paths = new { },
        }));
        app.Map("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            return Results.Json(new EchoedRequest(
                name,
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "",
                context.Request.Headers["X-Correlation-ID"].ToString(),
                body.Length));
        });

        await app.StartAsync();
        return service;
    }

    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record EchoedRequest(string Service, string Method, string Path, string Query, string CorrelationId, long BodyLength);
