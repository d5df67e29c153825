using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.AppHost.Platform;

namespace Platform.Testing;

/// <summary>
/// The whole platform as the AppHost describes it, started with Aspire.Hosting.Testing for end-to-end
/// tests: the five services and the gateway on ports Aspire picks, against the shared infrastructure as
/// external servers (databases of their own, a fresh virtual host).
/// </summary>
public sealed class PlatformUnderTest : IAsyncDisposable
{
    public static readonly string[] Services = ["auth", "events", "bookings", "payments", "notifications", "gateway"];
    private readonly DistributedApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConsoleLogs _logs;
    private readonly ResourceProcesses _processes;

    private PlatformUnderTest(DistributedApplication app, string maildir, string adminPassword)
    {
        _app = app;
        MaildirPath = maildir;
        AdminPassword = adminPassword;
        _logs = new ConsoleLogs(app, Services, _stopping.Token);
        _processes = new ResourceProcesses(app);
        Replicas = new ServiceReplicas(app);
    }

    public Uri GatewayUrl => ServiceUrl("gateway");

    /// <summary>The Aspire dashboard's address and login token, when started with one.</summary>
    public TestDashboard? Dashboard { get; private init; }

    public string MaildirPath { get; }

    /// <summary>The platform admin Auth bootstrapped at start.</summary>
    public string AdminEmail => AdminAccount.DefaultEmail;

    public string AdminPassword { get; }

    /// <summary>The processes behind each service (several when started with replicas).</summary>
    public ServiceReplicas Replicas { get; }

    /// <summary>The running Aspire app, for what the members below do not cover.</summary>
    public DistributedApplication App => _app;

    /// <param name="settings">
    /// Extra configuration for every service, keys as in appsettings ("Payments:Provider"); the gateway's
    /// rate limits too ("Gateway:CredentialPermitLimit", "Gateway:PerIpPermitLimit", ...Window).
    /// </param>
    /// <param name="dashboard">Also run the Aspire dashboard (off by default in tests) on free ports; see <see cref="Dashboard"/>.</param>
    /// <param name="replicas">How many processes run Bookings and Payments (the AppHost's Platform:Replicas); one each by default.</param>
    /// <param name="ownServers">
    /// Servers ("postgres", "rabbitmq") this platform runs itself, durable as in `run`, instead of sharing the test
    /// run's: a test can then crash them (<see cref="KillAsync"/>) and the AppHost brings them back.
    /// </param>
    public static async Task<PlatformUnderTest> StartAsync(IDictionary<string, string?>? settings = null, bool dashboard = false,
        PlatformReplicas? replicas = null, params string[] ownServers)
    {
        replicas ??= new PlatformReplicas();
        var infra = await TestInfrastructure.GetAsync();
        var adminPassword = AdminAccount.NewPassword();
        var dataFolder = Path.Combine(Path.GetTempPath(), "platform-own-" + Guid.NewGuid().ToString("N")[..12]);
        string[] args =
        [
            .. ownServers.Contains("postgres") ? [] : new[] { $"--ConnectionStrings:postgres={infra.PostgresConnectionString}" },
            $"--ConnectionStrings:redis={infra.RedisConnectionString}",
            .. ownServers.Contains("rabbitmq") ? [] : new[] { $"--ConnectionStrings:rabbitmq={await infra.CreateVirtualHostAsync()}" },
            $"--ConnectionStrings:smtp={infra.SmtpConnectionString}",
            $"--Platform:DatabaseSuffix=_{Guid.NewGuid().ToString("N")[..8]}",
            $"--Parameters:{AdminAccount.PasswordParameter}={adminPassword}",
            $"--Platform:Replicas:Bookings={replicas.Bookings}",
            $"--Platform:Replicas:Payments={replicas.Payments}",
            // A crashed PostgreSQL without synchronous commits forgets commits it had acknowledged: durable, as in `run`.
            .. ownServers.Length == 0 ? [] : new[]
            {
                $"--Platform:DataFolder={dataFolder}", "--Platform:Durable=true",
                "--Platform:Ports:Postgres=0", "--Platform:Ports:RabbitMq=0", "--Platform:Ports:RabbitMqManagement=0",
            },
        ];
        var dashboardToken = dashboard ? Guid.NewGuid().ToString("N") : null;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [.. args, .. dashboardToken is null ? [] : TestDashboard.Arguments(dashboardToken)],
            (options, _) => options.DisableDashboard = dashboardToken is null);
        foreach (var service in builder.Resources.OfType<ProjectResource>())
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                builder.CreateResourceBuilder(service).WithEnvironment(key.Replace(":", "__"), value);
        }
        var app = await AspireApps.StartAsync(builder);
        var platform = new PlatformUnderTest(app, infra.MaildirPath, adminPassword)
        {
            _ownData = ownServers.Length == 0 ? null : dataFolder,
            Dashboard = dashboardToken is null ? null : new TestDashboard(app.GetEndpoint(TestDashboard.ResourceName, "http"), dashboardToken),
        };
        try
        {
            var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var service in Services)
                await notifications.WaitForResourceHealthyAsync(service).WaitAsync(AspireApps.StartTimeout);
            // Healthy means the proxy reached one process; with replicas every one must be serving before a test starts.
            foreach (var (service, count) in new[] { ("bookings", replicas.Bookings), ("payments", replicas.Payments) })
            {
                if (count > 1)
                    await platform.Replicas.StartedAsync(service, AspireApps.StartTimeout);
            }
            return platform;
        }
        catch (Exception e)
        {
            var logs = string.Join("\n", Services.Select(s => $"--- {s}\n{platform.LogsOf(s)}"));
            await platform.DisposeAsync();
            throw new InvalidOperationException($"The platform did not become healthy: {e.Message}\n{logs}", e);
        }
    }

    public HttpClient CreateGatewayClient() => new() { BaseAddress = GatewayUrl };

    public Uri ServiceUrl(string name) => _app.GetEndpoint(name, "http");

    /// <summary>The connection string a service is given under <paramref name="name"/> (bookingsdb, rabbitmq, ...).</summary>
    public async Task<string> ConnectionStringAsync(string name) =>
        await _app.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"{name} has no connection string");

    /// <summary>The environment of a service's running process, as Aspire gave it.</summary>
    public async Task<IReadOnlyDictionary<string, string>> EnvironmentOfAsync(string service)
    {
        var running = await _app.ResourceNotifications.WaitForResourceAsync(service, e => e.Snapshot.EnvironmentVariables.Length > 0);
        return running.Snapshot.EnvironmentVariables.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value!);
    }

    private readonly Dictionary<string, DateTime> _killed = [];
    private string? _ownData;

    /// <summary>SIGKILL, as a crash would. The AppHost brings the service back on its own, as in `run`.</summary>
    public async Task KillAsync(string resource) => _killed[resource] = await _processes.KillAsync(resource);

    /// <summary>Waits until a killed service runs again and is healthy.</summary>
    public Task StartAgainAsync(string resource) => _processes.WaitUntilBackAsync(resource, _killed[resource], TimeSpan.FromMinutes(2));

    /// <summary>Waits until every service and server is healthy, e.g. after an outage that made some of them fail their checks.</summary>
    public async Task WaitUntilWholeAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        foreach (var resource in _app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Where(r => r.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _)))
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, timeout.Token);
    }

    public string LogsOf(string resource) => _logs.Of(resource);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownData is not null)
        {
            try
            {
                Directory.Delete(_ownData, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
