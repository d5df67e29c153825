namespace Platform.AppHost;

/// <summary>Infrastructure that is either a local child process or an external server given by connection string.</summary>
public abstract class ServerResource(string name, string kind, string? externalConnectionString) : Resource(name, kind), IResourceWithConnectionString
{
    private protected ChildProcess? Process { get; private set; }

    protected string? ExternalConnectionString => externalConnectionString;

    public override bool IsExternal => externalConnectionString is not null;

    public abstract string ConnectionString { get; }

    internal override string? StartFailure =>
        Process is { HasExited: true } p ? $"{Name} exited with code {p.Exited.Result} while starting. Last output:\n{Log.Tail()}" : null;

    private protected void StartProcess(RunContext context, string file, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? extraEnvironment = null, string? workingDirectory = null)
    {
        file = ExecutableLocator.Require(file, InstallHint);
        var environment = context.ChildEnvironment();
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string?>())
            environment[key] = value;
        Log.Write($"--- starting {file} {string.Join(' ', args)}");
        Process = ChildProcess.Start(file, args, environment, Log, workingDirectory ?? context.DataPath, context.ProcessGroups);
    }

    /// <summary>How to install what this resource runs, for the one-line error.</summary>
    protected abstract string InstallHint { get; }

    private protected async Task StopProcessAsync(int signal, TimeSpan timeout)
    {
        if (Process is null)
            return;
        await Process.StopAsync(signal, timeout);
        Process = null;
    }
}
