using Npgsql;

namespace Events.Service.Caching;

// Keys and the invalidation channel are named after the database, so instances sharing a catalog
// share a cache and unrelated catalogs on the same Redis (tests, several deployments) never mix.
public sealed record CacheNamespace(string Prefix)
{
    public static CacheNamespace ForDatabase(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database ?? "eventsdb";
        return new CacheNamespace($"events:{database}:");
    }

    public string InvalidationChannel => Prefix + "invalidate";
}
