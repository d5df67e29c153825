using Platform.AppHost;

namespace Platform.Testing;

/// <summary>
/// The whole platform through the AppHost model, for end-to-end tests: the five services and the
/// gateway as processes on free ports, against the shared infrastructure as external servers
/// (fresh databases, a fresh virtual host).
/// </summary>
public sealed class PlatformUnderTest : IAsyncDisposable
{
    private readonly PlatformApp _app;

    private PlatformUnderTest(PlatformApp app, string maildir)
    {
        _app = app;
        MaildirPath = maildir;
    }

    public Uri GatewayUrl => ServiceUrl("gateway");

    public string MaildirPath { get; }

    /// <summary>The platform admin Auth bootstrapped at start.</summary>
    public string AdminEmail => _app.Admin.Email;

    public string AdminPassword => _app.Admin.Password;

    /// <summary>The running model, for what the members below do not cover.</summary>
    public PlatformApp App => _app;

    /// <param name="settings">
    /// Extra configuration for every service, keys as in appsettings ("Payments:Provider"); the gateway's
    /// rate limits too ("Gateway:CredentialPermitLimit", "Gateway:PerIpPermitLimit", ...Window).
    /// </param>
    public static async Task<PlatformUnderTest> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var infra = await TestInfrastructure.GetAsync();
        var options = PlatformOptions.ForTests() with
        {
            ExternalConnectionStrings = new Dictionary<string, string>
            {
                ["postgres"] = infra.PostgresConnectionString,
                ["redis"] = infra.RedisConnectionString,
                ["rabbitmq"] = await infra.CreateVirtualHostAsync(),
                ["smtp"] = infra.SmtpConnectionString,
            },
            DatabaseNameSuffix = "_" + Guid.NewGuid().ToString("N")[..8],
            EnvironmentName = "Development",
            ProjectEnvironment = (settings ?? new Dictionary<string, string?>()).ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value),
        };
        var app = await PlatformModel.Create(options).StartAsync();
        return new PlatformUnderTest(app, infra.MaildirPath);
    }

    public HttpClient CreateGatewayClient() => new() { BaseAddress = GatewayUrl };

    public Uri ServiceUrl(string name) => _app.Get<ProjectResource>(name).Url;

    /// <summary>SIGKILL, as a crash would; the service stays down until <see cref="StartAgainAsync"/>.</summary>
    public Task KillAsync(string resource) => _app.Get<ProjectResource>(resource).KillAsync(holdDown: true);

    /// <summary>Starts a killed service again on the same port and waits until it is healthy.</summary>
    public Task StartAgainAsync(string resource) => _app.Get<ProjectResource>(resource).StartAgainAsync();

    public string LogsOf(string resource) => _app.LogsOf(resource);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
