using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Events.Service.Caching;

// Public reads through HybridCache (memory, then Redis). A cache failure never fails a read: the
// value comes from the database instead. Writes invalidate by tag here and on every other instance.
public sealed class CatalogCache(
    HybridCache cache,
    CacheInvalidationChannel channel,
    IOptions<CatalogCacheOptions> options,
    ILogger<CatalogCache> logger)
{
    public async Task<T> GetOrLoadAsync<T>(string key, string[] tags, Func<CancellationToken, ValueTask<T>> load, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return await load(cancellationToken);

        var loaded = false;
        try
        {
            var entry = new HybridCacheEntryOptions { Expiration = settings.Expiration, LocalCacheExpiration = settings.LocalExpiration };
            return await cache.GetOrCreateAsync(key, async token =>
            {
                loaded = true;
                return await load(token);
            }, entry, tags, cancellationToken);
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

    public async Task RemoveLocallyAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
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
