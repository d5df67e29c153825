namespace Platform.AppHost.Infrastructure;

/// <summary>Debian's redis-server run by the AppHost; StackExchange.Redis connection string form.</summary>
public sealed class RedisServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "redis-server", workingDirectory), IResourceWithConnectionString
{
    public EndpointReference Endpoint => new(this, ServerEndpoints.Tcp);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{Endpoint.Property(EndpointProperty.Port)}");
}
