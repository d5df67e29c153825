using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.AppHost.Platform;

namespace Platform.Testing;

/// <summary>
/// The whole AppHost model with servers of its own (durable, as in `run`) on free ports, for benchmarks.
/// Service settings are read at each start of a service, so a benchmark can change one and restart it.
/// </summary>
public static class OwnPlatform
{
    /// <param name="appHostSettings">More AppHost arguments, e.g. --Platform:Replicas:Bookings=2.</param>
    public static async Task<DistributedApplication> StartAsync(string dataFolder, IDictionary<string, string?> serviceSettings, params string[] appHostSettings)
    {
        string[] args =
        [
            $"--Platform:DataFolder={dataFolder}",
            "--Platform:Ports:Postgres=0", "--Platform:Ports:Redis=0", "--Platform:Ports:RabbitMq=0",
            "--Platform:Ports:RabbitMqManagement=0", "--Platform:Ports:Smtp=0", "--Platform:Ports:Gateway=0",
            $"--Parameters:{AdminAccount.PasswordParameter}={AdminAccount.NewPassword()}",
            .. appHostSettings,
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args);
        foreach (var service in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(service).WithEnvironment(context =>
            {
                foreach (var (key, value) in serviceSettings)
                    context.EnvironmentVariables[key] = value ?? "";
            });
        }
        var app = await AspireApps.StartAsync(builder);
        foreach (var service in PlatformUnderTest.Services)
            await app.ResourceNotifications.WaitForResourceHealthyAsync(service).WaitAsync(AspireApps.StartTimeout);
        return app;
    }
}
