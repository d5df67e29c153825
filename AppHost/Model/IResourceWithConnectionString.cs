namespace Platform.AppHost;

public interface IResourceWithConnectionString
{
    string Name { get; }
    string ConnectionString { get; }
}
