using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Platform.Testing;

/// <summary>
/// Every Aspire app of a test run starts through here, one at a time: several orchestrators starting at
/// the same moment collide on their state folders (a known upstream problem).
/// </summary>
public static class AspireApps
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public static async Task<DistributedApplication> StartAsync(IDistributedApplicationTestingBuilder builder)
    {
        await OneAtATime.WaitAsync();
        try
        {
            var app = await builder.BuildAsync();
            using var timeout = new CancellationTokenSource(StartTimeout);
            await app.StartAsync(timeout.Token);
            return app;
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
