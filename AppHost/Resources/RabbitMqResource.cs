using System.Net.Http.Headers;
using System.Text;

namespace Platform.AppHost;

/// <summary>
/// A private RabbitMQ node: its own HOME (Erlang cookie), epmd port, distribution port and folders,
/// so that several nodes and the machine's own never meet.
/// </summary>
public sealed class RabbitMqResource(string name, int requestedPort, int requestedManagementPort, string? externalConnectionString)
    : ServerResource(name, "rabbitmq", externalConnectionString)
{
    public const string UserName = "platform";
    public const string Password = "platform";
    private const string BinDirectory = "/usr/lib/rabbitmq/bin";

    private int _port, _managementPort, _distPort, _epmdPort;
    private bool _managementEnabled, _confirmed;
    private Dictionary<string, string?> _environment = [];

    public override string ConnectionString => ExternalConnectionString ?? AmqpUri("");

    public int Port => _port;

    /// <summary>amqp URI of one virtual host on this node (empty = the default vhost).</summary>
    public string AmqpUri(string virtualHost) =>
        $"amqp://{UserName}:{Password}@127.0.0.1:{_port}/{Uri.EscapeDataString(virtualHost)}";

    public Uri? ManagementUrl => _managementEnabled && !IsExternal ? new Uri($"http://127.0.0.1:{_managementPort}/") : null;

    public override string Display
    {
        get
        {
            var uri = new UriBuilder(ConnectionString);
            if (uri.Password.Length > 0)
                uri.Password = "***";
            return uri.Uri.ToString();
        }
    }

    protected override string InstallHint => "install it: apt-get install -y rabbitmq-server, or give ConnectionStrings:rabbitmq";

    internal override Task StartAsync(RunContext context, CancellationToken ct)
    {
        if (IsExternal)
            return Task.CompletedTask;
        if (_port == 0)
        {
            // Resolved once: a node stopped and started again keeps its ports, so its URI stays valid.
            _port = FreePort.Resolve(requestedPort, "rabbitmq", "--rabbitmq-port");
            _managementEnabled = context.Options.EnableRabbitMqManagement;
            _managementPort = _managementEnabled ? FreePort.Resolve(requestedManagementPort, "the RabbitMQ management UI", "--rabbitmq-management-port") : 0;
            _distPort = FreePort.Next();
            _epmdPort = FreePort.Next();
        }
        var root = Path.Combine(context.DataPath, Name);
        var home = Path.Combine(root, "home");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(root, "log"));
        var config = Path.Combine(root, "rabbitmq.conf");
        var envFile = Path.Combine(root, "rabbitmq-env.conf");
        var plugins = Path.Combine(root, "enabled_plugins");
        var settings = new StringBuilder()
            .AppendLine($"default_user = {UserName}")
            .AppendLine($"default_pass = {Password}")
            .AppendLine("loopback_users = none");
        if (_managementEnabled)
            settings.AppendLine($"management.tcp.port = {_managementPort}").AppendLine("management.tcp.ip = 127.0.0.1");
        File.WriteAllText(config, settings.ToString());
        File.WriteAllText(envFile, "");
        File.WriteAllText(plugins, _managementEnabled ? "[rabbitmq_management].\n" : "[].\n");

        _environment = new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["RABBITMQ_CONF_ENV_FILE"] = envFile,
            ["RABBITMQ_CONFIG_FILE"] = config,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            ["RABBITMQ_NODENAME"] = $"platform{_port}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = _port.ToString(),
            ["RABBITMQ_DIST_PORT"] = _distPort.ToString(),
            ["ERL_EPMD_PORT"] = _epmdPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(root, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(root, "rabbitmq.pid"),
            ["RABBITMQ_LOGS"] = "-",
        };
        _confirmed = false;
        StartProcess(context, Path.Combine(BinDirectory, "rabbitmq-server"), [], _environment, root);
        return Task.CompletedTask;
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken ct)
    {
        if (IsExternal)
        {
            var uri = new Uri(ConnectionString);
            return await TcpProbe.IsOpenAsync(uri.Host, uri.Port > 0 ? uri.Port : 5672, ct);
        }
        if (Process is null or { HasExited: true })
            return false;
        // await_startup fails at once while the node has not registered: wait for the AMQP port first.
        if (!await TcpProbe.IsOpenAsync("127.0.0.1", _port, ct))
            return false;
        if (!_confirmed)
        {
            var outcome = await ToolRun.RunAsync(Path.Combine(BinDirectory, "rabbitmqctl"), ["await_startup", "--timeout", "60"], _environment, TimeSpan.FromSeconds(70), ct);
            _confirmed = outcome.ExitCode == 0;
            if (!_confirmed)
                return false;
        }
        return !_managementEnabled || await ManagementAnswersAsync(ct);
    }

    private async Task<bool> ManagementAnswersAsync(CancellationToken ct)
    {
        try
        {
            using var client = CreateManagementClient();
            using var response = await client.GetAsync("api/overview", ct);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    public HttpClient CreateManagementClient()
    {
        var url = ManagementUrl ?? throw new InvalidOperationException($"{Name} runs without the management plugin.");
        var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{UserName}:{Password}")));
        return client;
    }

    /// <summary>Creates a virtual host through the management API and grants the platform user all rights on it.</summary>
    public async Task<string> CreateVirtualHostAsync(string virtualHost, CancellationToken ct = default)
    {
        using var client = CreateManagementClient();
        var escaped = Uri.EscapeDataString(virtualHost);
        using (var created = await client.PutAsync($"api/vhosts/{escaped}", new StringContent("{}", Encoding.UTF8, "application/json"), ct))
            created.EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        using (var granted = await client.PutAsync($"api/permissions/{escaped}/{UserName}", permissions, ct))
            granted.EnsureSuccessStatusCode();
        return AmqpUri(virtualHost);
    }

    internal override async Task StopAsync(RunContext context)
    {
        if (IsExternal || Process is null)
            return;
        // Test data is thrown away, so a test run does not wait ~7 s for a graceful broker shutdown.
        if (context.Options.Durable)
            await StopProcessAsync(Posix.SIGTERM, context.Options.StopTimeout);
        else
            await StopProcessAsync(Posix.SIGKILL, TimeSpan.FromSeconds(5));
        await StopEpmdAsync();
    }

    private async Task StopEpmdAsync()
    {
        if (ExecutableLocator.Find("epmd") is { } epmd)
        {
            try
            {
                await ToolRun.RunAsync(epmd, ["-kill"], _environment, TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException) { }
        }
    }
}
