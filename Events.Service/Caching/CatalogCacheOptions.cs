using System.ComponentModel.DataAnnotations;

namespace Events.Service.Caching;

public sealed class CatalogCacheOptions
{
    public const string SectionName = "Events:Cache";

    // Off: every public read goes to the database (the benchmark's "cache off" side).
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(10);

    // Short, so even a lost invalidation message leaves an instance's memory stale only briefly.
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LocalExpiration { get; set; } = TimeSpan.FromMinutes(1);
}
