namespace Platform.AppHost.Infrastructure;

/// <summary>Debian's PostgreSQL run by the AppHost: a server level connection string, databases as children.</summary>
public sealed class PostgresServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public EndpointReference Endpoint => new(this, ServerEndpoints.Tcp);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres");
}
