namespace Platform.AppHost.Infrastructure;

internal static class ServerEndpoints
{
    public const string Tcp = "tcp";

    /// <summary>
    /// A server's own port, not proxied: a proxy accepts connections while the server is still down, and
    /// a server's clients must reach the server itself. No port (or 0): DCP picks a free one.
    /// </summary>
    public static IResourceBuilder<T> WithServerEndpoint<T>(this IResourceBuilder<T> builder, int? port, string name = Tcp, string scheme = "tcp")
        where T : IResourceWithEndpoints
    {
        var fixedPort = port is 0 ? null : port;
        return builder.WithEndpoint(name: name, scheme: scheme, port: fixedPort, targetPort: fixedPort, isProxied: false);
    }
}
