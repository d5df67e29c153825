using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Events.Service.Caching;

// Public reads through HybridCache (memory, then Redis). A cache failure never fails a read: the
// value comes from the database instead. Writes invalidate by tag here and on every other instance.
// HybridCache stamps an entry when its load ends, so a load that read the database before a write
// committed would outlive that write's invalidation: a load during which any invalidation arrived is
// invalidated again once stored.
public sealed class CatalogCache(
    HybridCache cache,
    CacheInvalidationChannel channel,
    IOptions<CatalogCacheOptions> options,
    ILogger<CatalogCache> logger)
{
    long invalidations;

    public async Task<T> GetOrLoadAsync<T>(string key, string[] tags, Func<CancellationToken, ValueTask<T>> load, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return await load(cancellationToken);

        var loaded = false;
        var invalidatedWhileLoading = false;
        try
        {
            var entry = new HybridCacheEntryOptions { Expiration = settings.Expiration, LocalCacheExpiration = settings.LocalExpiration };
            var value = await cache.GetOrCreateAsync(key, async token =>
            {
                loaded = true;
                var before = Interlocked.Read(ref invalidations);
                var read = await load(token);
                invalidatedWhileLoading = Interlocked.Read(ref invalidations) != before;
                return read;
            }, entry, tags, cancellationToken);
            if (invalidatedWhileLoading)
                await TryRemoveByTagAsync(tags, cancellationToken);
            return value;
        }
        catch (Exception e) when (e is not OperationCanceledException && !loaded)
        {
            logger.LogWarning("The catalog cache failed ({Error}); answering from the database.", e.Message);
            return await load(cancellationToken);
        }
    }

    public async Task InvalidateAsync(Guid eventId, Guid organizationId, CancellationToken cancellationToken = default)
    {
        var tags = CatalogCacheTags.ForChangeOf(eventId, organizationId);
        await RemoveLocallyAsync(tags, cancellationToken);
        await channel.PublishAsync(tags);
    }

    public Task RemoveLocallyAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref invalidations);
        return TryRemoveByTagAsync(tags, cancellationToken);
    }

    async Task TryRemoveByTagAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        try
        {
            await cache.RemoveByTagAsync(tags, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not invalidate cached catalog reads ({Error}).", e.Message);
        }
    }
}
