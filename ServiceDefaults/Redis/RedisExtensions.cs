using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Redis;
using StackExchange.Redis;

namespace Microsoft.Extensions.Hosting;

public static class RedisExtensions
{
    public const string HealthCheckName = "redis";

    public static IHostApplicationBuilder AddPlatformRedis(this IHostApplicationBuilder builder, string connectionName = "redis")
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not set: give the Redis address as host:port " +
                $"(environment variable ConnectionStrings__{connectionName}).");
        }

        // Aspire's client integration registers the multiplexer with traces; the health check stays ours (ready tag).
        builder.AddRedisClient(connectionName,
            settings => settings.DisableHealthChecks = true,
            options =>
            {
                // Start even while Redis is down; the multiplexer keeps reconnecting and /health says so.
                options.AbortOnConnectFail = false;
                // Redis only caches: while it is down a command fails at once and the reader is answered from the
                // database, rather than every read queueing for the five-second command timeout.
                options.BacklogPolicy = BacklogPolicy.FailFast;
            });
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(
            HealthCheckName, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }
}
