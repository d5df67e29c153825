namespace Platform.AppHost;

public sealed class RedisResource(string name, int requestedPort, string? externalConnectionString)
    : ServerResource(name, "redis", externalConnectionString)
{
    private int _port;

    /// <summary>StackExchange.Redis form: "host:port[,options]".</summary>
    public override string ConnectionString => ExternalConnectionString ?? $"127.0.0.1:{_port}";

    public override string Display => string.Join(',', ConnectionString.Split(',').Where(p => !p.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)));

    protected override string InstallHint => "install it: apt-get install -y redis-server, or give ConnectionStrings:redis";

    internal override Task StartAsync(RunContext context, CancellationToken ct)
    {
        if (IsExternal)
            return Task.CompletedTask;
        if (_port == 0)
            _port = FreePort.Resolve(requestedPort, "redis", "--redis-port");
        var data = Path.Combine(context.DataPath, "redis");
        Directory.CreateDirectory(data);
        List<string> args = ["--port", _port.ToString(), "--bind", "127.0.0.1", "--dir", data, "--appendonly", "no", "--daemonize", "no", "--set-proc-title", "no"];
        if (!context.Options.Durable)
            args.AddRange(["--save", ""]);
        StartProcess(context, "redis-server", args);
        return Task.CompletedTask;
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken ct)
    {
        var (host, port) = HostAndPort(ConnectionString);
        var reply = await TcpProbe.AskAsync(host, port, "*1\r\n$4\r\nPING\r\n", ct);
        // An external server with a password answers NOAUTH to an anonymous PING, which still proves it is up.
        return reply is not null && (reply.StartsWith("+PONG") || reply.StartsWith("-NOAUTH"));
    }

    internal static (string Host, int Port) HostAndPort(string connectionString)
    {
        var endpoint = connectionString.Split(',')[0].Trim();
        var colon = endpoint.LastIndexOf(':');
        return colon < 0 ? (endpoint, 6379) : (endpoint[..colon], int.Parse(endpoint[(colon + 1)..]));
    }

    internal override Task StopAsync(RunContext context) => StopProcessAsync(Posix.SIGTERM, context.Options.StopTimeout);
}
