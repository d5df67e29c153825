using StackExchange.Redis;

namespace Events.Service.Caching;

// Redis pub/sub between instances: HybridCache's memory layer is per process, so a write on one
// instance tells the others which tags to drop. Best effort: local entries also expire quickly.
public sealed class CacheInvalidationChannel(IConnectionMultiplexer redis, CacheNamespace names, ILogger<CacheInvalidationChannel> logger)
{
    readonly string _origin = Guid.NewGuid().ToString("N");

    RedisChannel Channel => RedisChannel.Literal(names.InvalidationChannel);

    public async Task PublishAsync(IReadOnlyCollection<string> tags)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, $"{_origin}|{string.Join(',', tags)}");
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not tell other instances to drop cached catalog reads ({Error}).", e.Message);
        }
    }

    public async Task SubscribeAsync(Func<IReadOnlyCollection<string>, Task> dropTags)
    {
        await redis.GetSubscriber().SubscribeAsync(Channel, (channel, message) =>
        {
            var text = message.ToString();
            var separator = text.IndexOf('|');
            if (separator < 0 || text[..separator] == _origin)
                return;
            var tags = text[(separator + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries);
            _ = dropTags(tags);
        });
    }
}
