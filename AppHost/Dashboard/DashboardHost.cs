using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.AppHost.Telemetry;

namespace Platform.AppHost.Dashboard;

/// <summary>
/// The dashboard web page and its JSON API, served by Kestrel inside the AppHost on 127.0.0.1, plus
/// the OTLP receiver whose address every service is given. Everything but /login needs the token's cookie.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly DashboardToken _token;
    private readonly Action<string> _say;
    private readonly List<Task> _restarts = [];

    private DashboardHost(PlatformApp app, WebApplication web, OtlpReceiver receiver, DashboardToken token, QueueDepthSampler? queues, Action<string> say)
    {
        App = app;
        _web = web;
        Receiver = receiver;
        _token = token;
        Queues = queues;
        _say = say;
    }

    public PlatformApp App { get; }

    public OtlpReceiver Receiver { get; }

    public TelemetryStore Store => Receiver.Store;

    internal QueueDepthSampler? Queues { get; }

    internal TimeProvider Time { get; } = TimeProvider.System;

    public Uri Url { get; private set; } = null!;

    public string Token => _token.Value;

    /// <summary>The link printed at start: opening it signs the browser in.</summary>
    public Uri LoginUrl => new(Url, "/login?t=" + Uri.EscapeDataString(Token));

    internal static async Task<DashboardHost> StartAsync(PlatformApp app, DashboardOptions options, RabbitMqResource? rabbitMq, Action<string> say, CancellationToken ct)
    {
        options.Limits.Validate();
        var port = FreePort.Resolve(options.Port, "the dashboard", "--dashboard-port");
        var otlpPort = FreePort.Resolve(options.OtlpPort, "the dashboard's OTLP receiver", "--dashboard-otlp-port");
        var receiver = await OtlpReceiver.StartAsync(otlpPort, new TelemetryStore(options.Limits), ct);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });
        var web = builder.Build();
        var token = new DashboardToken(options.Token);
        // The management port is known once RabbitMQ has started, so the sampler asks for it on every pass.
        var queues = rabbitMq is { IsExternal: false } && app.Options.EnableRabbitMqManagement
            ? new QueueDepthSampler(() => rabbitMq.ManagementUrl, RabbitMqResource.UserName, RabbitMqResource.Password, options.QueueSampleInterval, TimeProvider.System)
            : null;
        var host = new DashboardHost(app, web, receiver, token, queues, say);

        web.Use(async (http, next) =>
        {
            http.Response.Headers.XFrameOptions = "DENY";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
            http.Response.Headers.CacheControl = "no-store";
            if (http.Request.Path.StartsWithSegments("/login") || token.IsSignedIn(http))
            {
                await next(http);
                return;
            }
            if (http.Request.Path.StartsWithSegments("/api"))
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            else
                http.Response.Redirect("/login");
        });
        web.MapGet("/login", (HttpContext http, string? t) =>
        {
            if (t is null)
                return DashboardAssets.Asset("login.html", "text/html; charset=utf-8");
            if (!token.Matches(t))
                return DashboardAssets.Asset("login.html", "text/html; charset=utf-8", StatusCodes.Status401Unauthorized);
            token.SignIn(http);
            return Results.Redirect("/");
        });
        web.MapDashboardAssets();
        web.MapDashboardApi(host);
        await web.StartAsync(ct);
        var address = web.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        host.Url = new Uri(address);
        return host;
    }

    /// <summary>Stops a service and starts it again in the background; the Resources tab shows its states meanwhile.</summary>
    internal void Restart(string name)
    {
        var restart = Task.Run(async () =>
        {
            try
            {
                App[name].SetState(ResourceState.Restarting);
                await App.StopResourceAsync(name);
                await App.StartResourceAsync(name);
                _say($"[apphost] {name} restarted from the dashboard");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _say($"[apphost] restarting {name} from the dashboard failed: {e.Message}");
            }
        });
        lock (_restarts)
        {
            _restarts.RemoveAll(t => t.IsCompleted);
            _restarts.Add(restart);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] restarts;
        lock (_restarts)
            restarts = [.. _restarts];
        await Task.WhenAll(restarts);
        if (Queues is not null)
            await Queues.DisposeAsync();
        // A browser's open polling or log stream must not hold the AppHost's exit.
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
            await _web.StopAsync(grace.Token);
        await _web.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
