using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Platform.Testing;

/// <summary>The AppHost's own model, trimmed to the resources a harness needs and set for throw-away data on free ports.</summary>
public static class AppHostForTests
{
    public static async Task<IDistributedApplicationTestingBuilder> ServersAsync(string dataFolder, params string[] keep)
    {
        string[] args =
        [
            $"--Platform:DataFolder={dataFolder}",
            "--Platform:Durable=false",
            "--Platform:Ports:Postgres=0", "--Platform:Ports:Redis=0", "--Platform:Ports:RabbitMq=0",
            "--Platform:Ports:RabbitMqManagement=0", "--Platform:Ports:Smtp=0", "--Platform:Ports:Gateway=0",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args);
        // A kept server's helpers (RabbitMQ's epmd) stay with it; children (databases) go with the services.
        foreach (var resource in builder.Resources.Where(r => !keep.Any(k => r.Name == k || r.Name.StartsWith(k + "-"))).ToList())
            builder.Resources.Remove(resource);
        return builder;
    }
}
