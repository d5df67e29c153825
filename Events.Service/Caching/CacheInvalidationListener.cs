namespace Events.Service.Caching;

// Subscribes this instance to invalidations published by the others.
public sealed class CacheInvalidationListener(CacheInvalidationChannel channel, IServiceProvider services, ILogger<CacheInvalidationListener> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await channel.SubscribeAsync(tags => services.GetRequiredService<CatalogCache>().RemoveLocallyAsync(tags));
        }
        catch (Exception e)
        {
            logger.LogWarning("Redis is not reachable, so this instance misses other instances' cache invalidations until restart; cached entries still expire ({Error}).", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
