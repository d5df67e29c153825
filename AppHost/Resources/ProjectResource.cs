namespace Platform.AppHost;

/// <summary>One of our services, started from its build output and kept running: restarted with back-off when it dies.</summary>
public sealed class ProjectResource(string name, string projectName) : Resource(name, "project")
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly List<IResourceWithConnectionString> _connections = [];
    private readonly List<ProjectResource> _services = [];
    private readonly List<(string Key, Func<RunContext, string?> Value)> _environment = [];
    private readonly Lock _gate = new();
    private RunContext? _context;
    private ChildProcess? _process;
    private CancellationTokenSource _supervision = new();
    private bool _heldDown;
    private int _port;

    public string ProjectName => projectName;

    public Uri Url => new($"http://127.0.0.1:{_port}");

    public int RestartCount { get; private set; }

    public int? Pid => _process?.Pid;

    /// <summary>The environment of the latest launch (on top of the AppHost's own).</summary>
    public IReadOnlyDictionary<string, string?> LaunchEnvironment { get; private set; } = new Dictionary<string, string?>();

    public override string Display => Url.ToString();

    public IReadOnlyList<IResourceWithConnectionString> ConnectionReferences => _connections;

    public IReadOnlyList<ProjectResource> ServiceReferences => _services;

    internal override string? StartFailure =>
        _process is { HasExited: true } p ? $"{Name} exited with code {p.Exited.Result} while starting. Last output:\n{Log.Tail()}" : null;

    /// <summary>Aspire's WithReference: injects the connection string and waits for it.</summary>
    public ProjectResource WithReference(IResourceWithConnectionString resource)
    {
        _connections.Add(resource);
        AddWaitFor((Resource)resource);
        return this;
    }

    /// <summary>Aspire's WithReference for a project: injects services__name__http__0 and waits for it.</summary>
    public ProjectResource WithReference(ProjectResource project)
    {
        _services.Add(project);
        AddWaitFor(project);
        return this;
    }

    /// <summary>Aspire's WithEnvironment with a callback: evaluated at each launch, when every port is known.</summary>
    internal ProjectResource WithEnvironment(string key, Func<RunContext, string?> value)
    {
        _environment.Add((key, value));
        return this;
    }

    /// <summary>Ports are handed out before anything starts, so a project can be told another's address before it runs.</summary>
    internal void AssignPort(RunContext context)
    {
        if (_port == 0)
            _port = context.Options.ProjectPorts.TryGetValue(Name, out var fixedPort)
                ? FreePort.Resolve(fixedPort, Name, $"--{Name}-port")
                : FreePort.Next();
    }

    internal Dictionary<string, string?> Environment(RunContext context)
    {
        var env = context.ChildEnvironment();
        foreach (var (key, value) in _environment)
            env[key] = value(context);
        foreach (var (key, value) in context.Options.ProjectEnvironment)
            env[key] = value;
        foreach (var resource in _connections)
            env[$"ConnectionStrings__{resource.Name}"] = resource.ConnectionString;
        foreach (var service in _services)
            env[$"services__{service.Name}__http__0"] = service.Url.ToString().TrimEnd('/');
        env["ASPNETCORE_URLS"] = Url.ToString().TrimEnd('/');
        env["OTEL_SERVICE_NAME"] = Name;
        env["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        if (context.OtlpEndpoint is { } otlp)
            env["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        if (context.Options.OtlpEndpoint is null && context.DashboardOtlpEndpoint is not null)
        {
            // The dashboard speaks OTLP/HTTP only, and a dashboard should show a request within a second or two.
            env["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            env["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            env["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            env["OTEL_METRIC_EXPORT_INTERVAL"] = "5000";
        }
        if (context.Options.EnvironmentName is { } environment)
        {
            env["ASPNETCORE_ENVIRONMENT"] = environment;
            env["DOTNET_ENVIRONMENT"] = environment;
        }
        return env;
    }

    internal override Task StartAsync(RunContext context, CancellationToken ct)
    {
        _context = context;
        var assembly = RepositoryLayout.ProjectAssembly(projectName);
        if (!File.Exists(assembly))
            throw new PrerequisiteException($"{projectName} is not built ({assembly} is missing): run dotnet build AppHost -c {RepositoryLayout.Configuration}.");
        AssignPort(context);
        _heldDown = false;
        _supervision = new CancellationTokenSource();
        Launch();
        return Task.CompletedTask;
    }

    private void Launch()
    {
        var context = _context!;
        Log.Write($"--- starting {projectName} on {Url}");
        LaunchEnvironment = Environment(context);
        var child = ChildProcess.Start(RepositoryLayout.DotnetHost, [RepositoryLayout.ProjectAssembly(projectName)], LaunchEnvironment, Log,
            Path.GetDirectoryName(RepositoryLayout.ProjectAssembly(projectName))!, context.ProcessGroups);
        lock (_gate)
            _process = child;
        _ = SuperviseAsync(child, _supervision.Token);
    }

    private async Task SuperviseAsync(ChildProcess child, CancellationToken ct)
    {
        var code = await child.Exited;
        if (ct.IsCancellationRequested || _heldDown || State is ResourceState.Starting)
            return;
        // Kill what the dead leader left in its group before starting anew.
        await child.StopAsync(Posix.SIGKILL, TimeSpan.FromSeconds(2));
        SetState(ResourceState.Exited);
        RestartCount++;
        var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(RestartCount - 1, 5))));
        _context!.Say($"[apphost] {Name} exited unexpectedly with code {code}; restarting in {delay.TotalSeconds:0}s (restart {RestartCount})");
        SetState(ResourceState.Restarting);
        try
        {
            await Task.Delay(delay, ct);
            Launch();
            await WaitUntilHealthyAsync(ct);
            SetState(ResourceState.Running);
        }
        catch (OperationCanceledException) { }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        while (!await IsHealthyAsync(ct))
        {
            if (_process is { HasExited: true })
                return;
            await Task.Delay(250, ct);
        }
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken ct)
    {
        if (_port == 0 || _process is null or { HasExited: true })
            return false;
        try
        {
            using var response = await Probe.GetAsync(new Uri(Url, "/health"), ct);
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

    /// <summary>SIGKILL, as a crash would. Unless held down, the supervisor reports it and starts it again.</summary>
    public async Task KillAsync(bool holdDown = false)
    {
        _heldDown = holdDown;
        var child = _process;
        if (child is null)
            return;
        await child.KillAsync();
        if (holdDown)
            SetState(ResourceState.Exited);
    }

    /// <summary>Starts a held-down or stopped project again (same port) and waits until it is healthy.</summary>
    public async Task StartAgainAsync(CancellationToken ct = default)
    {
        if (_process is { HasExited: false })
        {
            await WaitUntilHealthyAsync(ct);
            return;
        }
        _heldDown = false;
        _supervision = new CancellationTokenSource();
        SetState(ResourceState.Restarting);
        RestartCount++;
        Launch();
        await WaitUntilHealthyAsync(ct);
        SetState(ResourceState.Running);
    }

    internal override async Task StopAsync(RunContext context)
    {
        await _supervision.CancelAsync();
        if (_process is { } child)
            await child.StopAsync(Posix.SIGTERM, context.Options.StopTimeout);
        SetState(ResourceState.Stopped);
    }
}
