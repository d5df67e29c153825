using System.Text.Json;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

// One catalog of four published events and a draft, shared by the browse tests.
public sealed class BrowseCatalog : IAsyncLifetime
{
    public static readonly DateTime Day0 = EventDrafts.NextYear;
    public static readonly Guid Hamburg = Guid.CreateVersion7();
    public static readonly Guid Summits = Guid.CreateVersion7();
    private EventsUnderTest _events = null!;

    public EventsUnderTest Events => _events;

    public async Task InitializeAsync()
    {
        _events = await EventsUnderTest.StartAsync();
        await _events.PublishedAsync(Hamburg, EventDrafts.Concert(title: "Jazz by the River", city: "Hamburg", price: 15m, capacity: 50,
            startsAt: Day0.AddDays(10), description: "Saxophones and a double bass on the Elbe."));
        await _events.PublishedAsync(Summits, EventDrafts.Concert(title: "Berlin Tech Summit", city: "Berlin", category: "conference",
            price: 199m, capacity: 200, startsAt: Day0.AddDays(5), description: "Two days of talks on distributed systems."));
        var comedy = await _events.PublishedAsync(Hamburg, EventDrafts.Concert(title: "Comedy Night", city: "Vienna", country: "AT",
            timeZone: "Europe/Vienna", category: "comedy", price: 30m, startsAt: Day0.AddDays(20), description: "Stand-up in German and English."));
        await _events.PublishedAsync(Hamburg, EventDrafts.Concert(title: "Opera Gala", city: "Berlin", price: 80m, startsAt: Day0.AddDays(1),
            description: "Arias from Verdi and Puccini."));
        await _events.CreateAsync(Hamburg, EventDrafts.Concert(title: "Secret Jazz Session", city: "Hamburg", price: 10m));

        // Comedy Night sells out: both ticket types fully sold at its only occurrence.
        var occurrence = comedy.GetProperty("occurrences")[0].Id();
        foreach (var ticketType in comedy.GetProperty("ticketTypes").EnumerateArray())
        {
            var capacity = ticketType.GetProperty("capacity").GetInt32();
            await _events.PublishAsync(new SeatAvailabilityChanged(comedy.Id(), occurrence, ticketType.Id(), capacity, 0, capacity, 1, DateTimeOffset.UtcNow));
        }
        // The harness's usual deadline: at the suite's busiest, the first messages of a fresh service took over 15 s.
        var seatsLeft = -1;
        await Eventually.HoldsAsync(async () => (seatsLeft = (await _events.GetJsonAsync($"/api/events/{comedy.Id()}")).GetProperty("seatsLeft").GetInt32()) == 0,
            TimeSpan.FromSeconds(30), "Comedy Night sold out", () => $"seatsLeft {seatsLeft}");
    }

    public async Task DisposeAsync() => await _events.DisposeAsync();
}

// Every filter and sort of the public browse, against the shared catalog.
public sealed class BrowseTests(BrowseCatalog catalog) : IClassFixture<BrowseCatalog>
{
    private static readonly DateTime Day0 = BrowseCatalog.Day0;
    private static readonly Guid Hamburg = BrowseCatalog.Hamburg;
    private static readonly Guid Summits = BrowseCatalog.Summits;
    private readonly EventsUnderTest _events = catalog.Events;

    private async Task<string[]> TitlesAsync(string query)
    {
        var page = await _events.GetJsonAsync("/api/events?" + query);
        var titles = page.GetProperty("items").EnumerateArray().Select(i => i.Str("title")).ToArray();
        Assert.True(query.Contains("pageSize") || page.GetProperty("totalCount").GetInt32() == titles.Length, $"{query}: total differs from items");
        return titles;
    }

    [Fact]
    public async Task Only_published_events_are_listed_sorted_by_date_by_default()
    {
        Assert.Equal(["Opera Gala", "Berlin Tech Summit", "Jazz by the River", "Comedy Night"], await TitlesAsync(""));
        Assert.Equal(["Comedy Night", "Jazz by the River", "Berlin Tech Summit", "Opera Gala"], await TitlesAsync("direction=desc"));
    }

    [Theory]
    [InlineData("q=jazz", new[] { "Jazz by the River" })]
    [InlineData("q=distributed%20system", new[] { "Berlin Tech Summit" })]
    [InlineData("q=verdi%20OR%20saxophone", new[] { "Opera Gala", "Jazz by the River" })]
    [InlineData("city=BERLIN", new[] { "Opera Gala", "Berlin Tech Summit" })]
    [InlineData("country=at", new[] { "Comedy Night" })]
    [InlineData("category=Music", new[] { "Opera Gala", "Jazz by the River" })]
    [InlineData("minPrice=20&maxPrice=60", new[] { "Jazz by the River", "Comedy Night" })]
    [InlineData("minPrice=150", new[] { "Berlin Tech Summit" })]
    [InlineData("maxPrice=20", new[] { "Jazz by the River" })]
    [InlineData("availableOnly=true", new[] { "Opera Gala", "Berlin Tech Summit", "Jazz by the River" })]
    [InlineData("q=nothing-matches-this", new string[0])]
    public async Task Each_filter_narrows_the_listing(string query, string[] expected) =>
        Assert.Equal(expected, await TitlesAsync(query));

    [Fact]
    public async Task Date_range_and_organization_filters_combine()
    {
        var from = Uri.EscapeDataString(new DateTimeOffset(Day0.AddDays(4), TimeSpan.Zero).ToString("O"));
        var to = Uri.EscapeDataString(new DateTimeOffset(Day0.AddDays(11), TimeSpan.Zero).ToString("O"));
        Assert.Equal(["Berlin Tech Summit", "Jazz by the River"], await TitlesAsync($"from={from}&to={to}"));
        Assert.Equal(["Jazz by the River"], await TitlesAsync($"from={from}&to={to}&organizationId={Hamburg}"));
        Assert.Equal(["Berlin Tech Summit"], await TitlesAsync($"organizationId={Summits}"));
        Assert.Equal(["Comedy Night"], await TitlesAsync($"from={Day0.AddDays(15):yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData("sort=title", new[] { "Berlin Tech Summit", "Comedy Night", "Jazz by the River", "Opera Gala" })]
    [InlineData("sort=title&direction=desc", new[] { "Opera Gala", "Jazz by the River", "Comedy Night", "Berlin Tech Summit" })]
    [InlineData("sort=price", new[] { "Jazz by the River", "Comedy Night", "Opera Gala", "Berlin Tech Summit" })]
    [InlineData("sort=price&direction=desc", new[] { "Berlin Tech Summit", "Opera Gala", "Comedy Night", "Jazz by the River" })]
    [InlineData("sort=availability", new[] { "Berlin Tech Summit", "Opera Gala", "Jazz by the River", "Comedy Night" })]
    [InlineData("sort=availability&direction=asc", new[] { "Comedy Night", "Jazz by the River", "Opera Gala", "Berlin Tech Summit" })]
    [InlineData("sort=date", new[] { "Opera Gala", "Berlin Tech Summit", "Jazz by the River", "Comedy Night" })]
    public async Task Each_sort_orders_the_listing(string query, string[] expected) =>
        Assert.Equal(expected, await TitlesAsync(query));

    [Fact]
    public async Task Pages_carry_the_total_count_of_all_matches()
    {
        var second = await _events.GetJsonAsync("/api/events?sort=title&pageSize=3&page=2");
        Assert.Equal(4, second.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(3, second.GetProperty("pageSize").GetInt32());
        Assert.Equal(["Opera Gala"], second.GetProperty("items").EnumerateArray().Select(i => i.Str("title")));
        var beyond = await _events.GetJsonAsync("/api/events?page=9&pageSize=2");
        Assert.Equal(4, beyond.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
        var filtered = await _events.GetJsonAsync("/api/events?city=berlin&pageSize=1");
        Assert.Equal(2, filtered.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, filtered.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_listing_item_carries_venue_price_and_seats_and_the_detail_lists_occurrences_and_ticket_types()
    {
        var item = (await _events.GetJsonAsync("/api/events?q=jazz")).GetProperty("items")[0];
        Assert.Equal("Hamburg", item.Str("city"));
        Assert.Equal(15m, item.GetProperty("minPrice").GetDecimal());
        Assert.Equal("EUR", item.Str("currency"));
        Assert.Equal(70, item.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(new DateTimeOffset(Day0.AddDays(10), TimeSpan.FromHours(2)).Hour, item.GetProperty("startsAt").GetDateTimeOffset().Hour);

        var detail = await _events.GetJsonAsync($"/api/events/{item.Id()}");
        Assert.Equal(JsonValueKind.Array, detail.GetProperty("occurrences").ValueKind);
        Assert.Equal([50, 20], detail.GetProperty("occurrences")[0].GetProperty("ticketTypes").EnumerateArray().Select(t => t.GetProperty("seatsLeft").GetInt32()));
        Assert.Equal("Konzerthaus", detail.GetProperty("venue").Str("name"));
    }
}
