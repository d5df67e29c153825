namespace Platform.AppHost;

/// <summary>A started platform. Disposing stops projects, then infrastructure, in reverse order, and leaves no process behind.</summary>
public sealed class PlatformApp : IAsyncDisposable
{
    private readonly PlatformModel _model;
    private readonly RunContext _context;
    private readonly Dictionary<Resource, Task> _started = [];
    private readonly CancellationTokenSource _monitoring = new();
    private OwnerWatchdog? _watchdog;
    private Task _monitor = Task.CompletedTask;
    private bool _allHealthy;
    private int _disposed;

    internal PlatformApp(PlatformModel model, RunContext context)
    {
        _model = model;
        _context = context;
    }

    public IReadOnlyList<Resource> Resources => _model.Resources;

    public Resource this[string name] => _model[name];

    public T Get<T>(string name) where T : Resource => (T)_model[name];

    /// <summary>The value of PLATFORM_APPHOST_RUN that every child process of this run carries.</summary>
    public string RunTag => _context.RunTag;

    public string DataPath => _context.DataPath;

    public string LogsOf(string resource) => _model[resource].Logs;

    /// <summary>The platform admin Auth bootstraps at start (Auth:Admin:Email and Auth:Admin:Password).</summary>
    public AdminAccount Admin => _context.Admin;

    /// <summary>The dashboard, when <see cref="PlatformOptions.Dashboard"/> is set.</summary>
    public Dashboard.DashboardHost? Dashboard { get; private set; }

    internal PlatformOptions Options => _context.Options;

    internal async Task StartAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(_context.DataPath);
        foreach (var project in Resources.OfType<ProjectResource>())
            project.AssignPort(_context);
        _watchdog = OwnerWatchdog.Start(_context.RunTag, _context.Options.DeleteDataOnStop ? _context.DataPath : null);
        foreach (var resource in Resources)
            resource.StateChanged += OnStateChanged;
        if (_context.Options.Dashboard is { } dashboard)
        {
            Dashboard = await Platform.AppHost.Dashboard.DashboardHost.StartAsync(this, dashboard, Resources.OfType<RabbitMqResource>().FirstOrDefault(), _context.Say, ct);
            _context.DashboardOtlpEndpoint = Dashboard.Receiver.Endpoint;
            _context.Say($"Dashboard:           {Dashboard.LoginUrl}");
        }

        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(ct);
        foreach (var resource in Resources)
            _started[resource] = StartOneAsync(resource, failFast.Token);
        try
        {
            var all = Task.WhenAll(_started.Values);
            while (!all.IsCompleted)
            {
                var first = await Task.WhenAny(_started.Values.Where(t => !t.IsCompleted).Append(all));
                if (first.IsFaulted)
                {
                    await failFast.CancelAsync();
                    await first;
                }
            }
            await all;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A sibling failed; surface its error rather than the cancellation it caused.
            var failure = _started.Values.First(t => t.IsFaulted && t.Exception!.InnerException is not OperationCanceledException);
            await failure;
        }

        _allHealthy = true;
        _context.Say(ResourceTable.Render(Resources) + Environment.NewLine + ResourceTable.UsefulUrls(_model, _context.Admin)
            + (Dashboard is null ? "" : $"Dashboard:           {Dashboard.LoginUrl}{Environment.NewLine}") + "all healthy");
        _monitor = MonitorAsync(_monitoring.Token);
    }

    private async Task StartOneAsync(Resource resource, CancellationToken ct)
    {
        await Task.WhenAll(resource.WaitsFor.Select(r => _started[r]));
        ct.ThrowIfCancellationRequested();
        resource.Attach(_context);
        resource.SetState(ResourceState.Starting);
        await resource.StartAsync(_context, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_context.Options.StartTimeout);
        try
        {
            while (!await resource.IsHealthyAsync(timeout.Token))
            {
                if (resource.StartFailure is { } failure)
                    throw new InvalidOperationException(failure);
                await Task.Delay(200, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{resource.Name} did not become healthy within {_context.Options.StartTimeout.TotalSeconds:0}s. Last output:\n{resource.Logs.Split('\n').TakeLast(30).Aggregate("", (a, l) => a + l + "\n")}");
        }
        resource.SetState(ResourceState.Running);
    }

    private void OnStateChanged(Resource resource, ResourceState state)
    {
        if (!_allHealthy || _disposed != 0)
            return;
        _context.Say($"[apphost] {resource.Name}: {state}");
        if (Resources.All(r => r.State == ResourceState.Running))
            _context.Say(ResourceTable.Render(Resources) + "all healthy");
    }

    // Periodic checks turn a resource that stops answering into Unhealthy, and back.
    private async Task MonitorAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
                foreach (var resource in Resources.Where(r => r.State is ResourceState.Running or ResourceState.Unhealthy))
                {
                    var healthy = await resource.IsHealthyAsync(ct);
                    if (resource.State is ResourceState.Running or ResourceState.Unhealthy)
                        resource.SetState(healthy ? ResourceState.Running : ResourceState.Unhealthy);
                }
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Stops one resource (outage tests); dependants are left running and see it go away.</summary>
    public async Task StopResourceAsync(string name)
    {
        var resource = _model[name];
        await resource.StopAsync(_context);
        resource.SetState(ResourceState.Stopped);
    }

    /// <summary>Starts a stopped resource again on the same port and waits until it is healthy.</summary>
    public async Task StartResourceAsync(string name, CancellationToken ct = default)
    {
        var resource = _model[name];
        resource.SetState(ResourceState.Starting);
        await resource.StartAsync(_context, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_context.Options.StartTimeout);
        while (!await resource.IsHealthyAsync(timeout.Token))
        {
            if (resource.StartFailure is { } failure)
                throw new InvalidOperationException(failure);
            await Task.Delay(200, timeout.Token);
        }
        resource.SetState(ResourceState.Running);
    }

    public async Task WaitForHealthyAsync(string name, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        var resource = _model[name];
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout ?? _context.Options.StartTimeout);
        try
        {
            while (resource.State != ResourceState.Running || !await resource.IsHealthyAsync(limit.Token))
                await Task.Delay(200, limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{name} is not healthy (state {resource.State}). Last output:\n{resource.Logs}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _monitoring.CancelAsync();
        await _monitor;
        foreach (var tier in StopTiers())
            await Task.WhenAll(tier.Select(StopOneAsync));
        // Whatever escaped its process group (epmd daemonizes) still carries the run tag.
        KillLeftovers();
        if (Dashboard is not null)
            await Dashboard.DisposeAsync();
        _watchdog?.Stop();
        if (_context.Options.DeleteDataOnStop)
            DeleteData();
    }

    /// <summary>
    /// Immediate, synchronous teardown for throw-away runs at process exit, where async waits for
    /// child exits are not dependable: SIGKILL everything carrying the run tag, then delete the data.
    /// </summary>
    public void KillNow()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _monitoring.Cancel();
        KillLeftovers();
        _watchdog?.Stop();
        if (_context.Options.DeleteDataOnStop)
            DeleteData();
    }

    private async Task StopOneAsync(Resource resource)
    {
        if (resource.State == ResourceState.NotStarted && resource is not ProjectResource)
            return;
        try
        {
            await resource.StopAsync(_context);
        }
        catch (Exception e)
        {
            _context.Say($"[apphost] stopping {resource.Name} failed: {e.Message}");
        }
        resource.SetState(ResourceState.Stopped);
    }

    /// <summary>Dependants before what they depend on: projects (gateway first), then databases, then servers.</summary>
    private IEnumerable<IReadOnlyList<Resource>> StopTiers()
    {
        var depth = new Dictionary<Resource, int>();
        int Depth(Resource r) => depth.TryGetValue(r, out var d) ? d : depth[r] = r.WaitsFor.Count == 0 ? 0 : 1 + r.WaitsFor.Max(Depth);
        return Resources.GroupBy(Depth).OrderByDescending(g => g.Key).Select(g => (IReadOnlyList<Resource>)g.ToList());
    }

    private void KillLeftovers()
    {
        _context.ProcessGroups.KillAll();
        for (var attempt = 0; attempt < 20 && Platform.AppHost.RunTag.FindProcesses(_context.RunTag).Count > 0; attempt++)
        {
            Platform.AppHost.RunTag.KillAll(_context.RunTag);
            Thread.Sleep(100);
        }
    }

    private void DeleteData()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(_context.DataPath))
                    Directory.Delete(_context.DataPath, recursive: true);
                return;
            }
            catch (IOException) { Thread.Sleep(200); }
            catch (UnauthorizedAccessException) { Thread.Sleep(200); }
        }
    }
}
