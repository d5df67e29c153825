namespace Platform.Bench.Catalog;

// What a visitor asks for: listing pages with the filters and sorts people use, and event details.
public static class Workload
{
    static readonly string[] Browses =
    [
        "/api/events",
        "/api/events?page=2",
        "/api/events?sort=price",
        "/api/events?sort=title&page=3",
        "/api/events?sort=availability",
        "/api/events?city=berlin",
        "/api/events?city=vienna&sort=price",
        "/api/events?country=US&sort=date&direction=desc",
        "/api/events?category=music",
        "/api/events?category=comedy&availableOnly=true",
        "/api/events?q=acoustic",
        "/api/events?q=summit%20berlin",
        "/api/events?minPrice=20&maxPrice=60",
        "/api/events?availableOnly=true&pageSize=50",
        "/api/events?category=theatre&city=paris&sort=title",
    ];

    public static List<string> BrowsePaths(DateTimeOffset now)
    {
        var month = $"from={now.AddDays(30):yyyy-MM-dd}&to={now.AddDays(60):yyyy-MM-dd}";
        return [.. Browses, $"/api/events?{month}", $"/api/events?{month}&category=sports"];
    }

    public static List<string> DetailPaths(IEnumerable<Guid> eventIds) => [.. eventIds.Select(id => $"/api/events/{id}")];
}
