namespace Platform.ServiceDefaults.Messaging;

// The broker named by ConnectionStrings:rabbitmq (amqp://user:pass@host:port/vhost), parsed once at start.
internal sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string UserName, string Password, bool UseTls)
{
    public static RabbitMqAddress Parse(string connectionString)
    {
        // The message never repeats the connection string: it carries the broker password.
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            throw new InvalidOperationException("ConnectionStrings:rabbitmq is not an amqp:// or amqps:// URI (expected amqp://user:password@host:port/vhost).");

        var useTls = uri.Scheme == "amqps";
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (useTls ? 5671 : 5672) : uri.Port;
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var credentials = uri.UserInfo.Split(':', 2);
        return new RabbitMqAddress(
            uri.Host,
            (ushort)port,
            virtualHost.Length == 0 ? "/" : virtualHost,
            credentials[0].Length == 0 ? "guest" : Uri.UnescapeDataString(credentials[0]),
            credentials.Length == 2 ? Uri.UnescapeDataString(credentials[1]) : "guest",
            useTls);
    }
}
