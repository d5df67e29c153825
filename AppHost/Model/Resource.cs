namespace Platform.AppHost;

/// <summary>A named part of the platform with a lifecycle: started after what it waits for, then watched.</summary>
public abstract class Resource(string name, string kind)
{
    private readonly List<Resource> _waitsFor = [];
    private ResourceLog? _log;

    public string Name => name;

    public string Kind => kind;

    public ResourceState State { get; private set; } = ResourceState.NotStarted;

    /// <summary>When it last became healthy after a start; null while not running. Uptime for the dashboard.</summary>
    public DateTimeOffset? RunningSince { get; private set; }

    /// <summary>Not started by the AppHost: a server given by connection string.</summary>
    public virtual bool IsExternal => false;

    public IReadOnlyList<Resource> WaitsFor => _waitsFor;

    /// <summary>URL or connection string for the table, never with a password.</summary>
    public abstract string Display { get; }

    internal event Action<Resource, ResourceState>? StateChanged;

    internal ResourceLog Log => _log ?? throw new InvalidOperationException($"{Name} has not been started.");

    public string Logs => _log?.Read() ?? "";

    internal void AddWaitFor(Resource resource)
    {
        if (!_waitsFor.Contains(resource))
            _waitsFor.Add(resource);
    }

    internal void SetState(ResourceState state)
    {
        if (State == state)
            return;
        if (state == ResourceState.Running && State != ResourceState.Unhealthy)
            RunningSince = DateTimeOffset.UtcNow;
        else if (state is not (ResourceState.Running or ResourceState.Unhealthy))
            RunningSince = null;
        State = state;
        StateChanged?.Invoke(this, state);
    }

    internal void Attach(RunContext context) => _log = context.LogFor(Name);

    internal abstract Task StartAsync(RunContext context, CancellationToken ct);

    internal abstract Task<bool> IsHealthyAsync(CancellationToken ct);

    internal abstract Task StopAsync(RunContext context);

    /// <summary>Non-null when the resource's process has died while waiting for it to become healthy.</summary>
    internal virtual string? StartFailure => null;
}
