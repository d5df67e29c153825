using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.AppHost;
using Platform.AppHost.Dashboard;
using Platform.AppHost.Telemetry;
using Platform.Testing;

namespace Platform.Foundation.Tests.Dashboard;

// An AppHost run with the dashboard on and one resource (the shared Redis as an external server): fast, no browser.
internal sealed class DashboardUnderTest : IAsyncDisposable
{
    private readonly PlatformApp _app;

    private DashboardUnderTest(PlatformApp app) => _app = app;

    public DashboardHost Dashboard => _app.Dashboard!;

    public static async Task<DashboardUnderTest> StartAsync(TelemetryLimits? limits = null)
    {
        var infra = await TestInfrastructure.GetAsync();
        var options = PlatformOptions.ForTests() with
        {
            ExternalConnectionStrings = new Dictionary<string, string> { ["redis"] = infra.RedisConnectionString },
            Include = ["redis"],
            Dashboard = new DashboardOptions { Limits = limits ?? new TelemetryLimits() },
        };
        return new DashboardUnderTest(await PlatformModel.Create(options).StartAsync());
    }

    /// <summary>A client without the login cookie, redirects not followed.</summary>
    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Dashboard.Url };

    /// <summary>A client that opened the printed login link and keeps its cookie.</summary>
    public async Task<HttpClient> SignedInAsync()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Dashboard.Url };
        client.DefaultRequestHeaders.Add("X-Dashboard", "1");
        using var login = await client.GetAsync(Dashboard.LoginUrl);
        if (login.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login answered {login.StatusCode}.");
        return client;
    }

    public HttpClient Otlp() => new() { BaseAddress = Dashboard.Receiver.Endpoint };

    public static ByteArrayContent Protobuf(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(OtlpReceiver.ProtobufContentType);
        return content;
    }

    public async Task<List<TraceSummary>> TracesAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<List<TraceSummary>>("/api/traces" + query))!;

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
