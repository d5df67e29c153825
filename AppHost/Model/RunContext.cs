namespace Platform.AppHost;

/// <summary>What every resource of one AppHost run shares.</summary>
internal sealed class RunContext(PlatformOptions options, string runTag)
{
    public PlatformOptions Options => options;

    public string RunTag => runTag;

    /// <summary>The dashboard's OTLP receiver, once started.</summary>
    public Uri? DashboardOtlpEndpoint { get; set; }

    /// <summary>--otlp-endpoint wins over the dashboard's receiver.</summary>
    public string? OtlpEndpoint => options.OtlpEndpoint ?? DashboardOtlpEndpoint?.ToString().TrimEnd('/');

    public ProcessGroups ProcessGroups { get; } = new();

    public string DataPath { get; } = Path.GetFullPath(options.DataPath);

    private AdminAccount? _admin;

    public AdminAccount Admin => _admin ??= AdminAccount.Resolve(options, DataPath);

    public string LogsPath => Path.Combine(DataPath, "logs");

    public void Say(string line) => options.Console?.WriteLine(line);

    public ResourceLog LogFor(string resource)
    {
        Directory.CreateDirectory(LogsPath);
        return new ResourceLog(resource, Path.Combine(LogsPath, resource + ".log"), options.EchoChildOutput ? options.Console : null);
    }

    /// <summary>The environment every child gets on top of the AppHost's own.</summary>
    public Dictionary<string, string?> ChildEnvironment() => new() { [PlatformOptions.RunTagVariable] = runTag };
}
