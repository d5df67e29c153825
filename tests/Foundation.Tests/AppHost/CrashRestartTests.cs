using Aspire.Hosting;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.AppHost;

// Aspire starts nothing again by itself: the AppHost's crash restarts bring back a server that died.
public sealed class CrashRestartTests
{
    [Fact]
    public async Task A_killed_server_is_started_again_by_the_apphost_and_is_healthy_again()
    {
        var data = Path.Combine(Path.GetTempPath(), "crash-restart-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = await AspireApps.StartAsync(await AppHostForTests.ServersAsync(data, "redis"));
        try
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync("redis").WaitAsync(TimeSpan.FromMinutes(1));
            var processes = new ResourceProcesses(app);

            var killedAt = await processes.KillAsync("redis");

            await processes.WaitUntilBackAsync("redis", killedAt, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
