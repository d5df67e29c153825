namespace Platform.AppHost;

/// <summary>Debian's aiosmtpd storing every message in a Maildir: a real SMTP sink for development and tests.</summary>
public sealed class SmtpResource(string name, int requestedPort, string? externalConnectionString)
    : ServerResource(name, "smtp", externalConnectionString)
{
    private const string Python = "/usr/bin/python3";
    private int _port;
    private string? _maildir;

    public override string ConnectionString => ExternalConnectionString ?? $"smtp://127.0.0.1:{_port}";

    public override string Display => IsExternal ? new UriBuilder(ConnectionString) { Password = "" }.Uri.ToString() : $"{ConnectionString} -> {MaildirPath}";

    /// <summary>Null for an external server.</summary>
    public string? MaildirPath => _maildir;

    protected override string InstallHint => "install it: apt-get install -y python3-aiosmtpd, or give ConnectionStrings:smtp";

    internal override async Task StartAsync(RunContext context, CancellationToken ct)
    {
        if (IsExternal)
            return;
        var check = File.Exists(Python)
            ? await ToolRun.RunAsync(Python, ["-c", "import aiosmtpd"], null, TimeSpan.FromSeconds(30), ct)
            : new ToolRun.Outcome(1, "");
        if (check.ExitCode != 0)
            throw new PrerequisiteException($"aiosmtpd is not available to {Python}; {InstallHint}.");
        if (_port == 0)
            _port = FreePort.Resolve(requestedPort, "smtp", "--smtp-port");
        _maildir = Path.Combine(context.DataPath, "maildir");
        // Python's Maildir creates tmp/new/cur only when the root is missing too, so make all of them here.
        foreach (var folder in new[] { "tmp", "new", "cur" })
            Directory.CreateDirectory(Path.Combine(_maildir, folder));
        StartProcess(context, Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{_port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir]);
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken ct)
    {
        var uri = new Uri(ConnectionString);
        var banner = await TcpProbe.ReadGreetingAsync(uri.Host, uri.Port > 0 ? uri.Port : 25, ct);
        return banner?.StartsWith("220") == true;
    }

    internal override Task StopAsync(RunContext context) => StopProcessAsync(Posix.SIGTERM, context.Options.StopTimeout);
}
