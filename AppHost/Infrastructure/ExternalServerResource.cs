namespace Platform.AppHost.Infrastructure;

/// <summary>A server the user already runs, given by connection string (ConnectionStrings__postgres and friends).</summary>
public sealed class ExternalServerResource(string name, string connectionString) : Resource(name), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{connectionString}");
}
