namespace Platform.AppHost.Infrastructure;

/// <summary>One service's database on the platform's PostgreSQL server, created when the server is ready.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, IResourceWithConnectionString server)
    : Resource(name), IResourceWithParent<IResourceWithConnectionString>, IResourceWithConnectionString
{
    public string DatabaseName => databaseName;

    public IResourceWithConnectionString Parent => server;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{server};Database={databaseName}");
}
