using System.Net;
using System.Net.Sockets;
using Events.Service.Caching;
using Events.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

public sealed class CacheTests
{
    // Invalidation travels over Redis pub/sub, so the other instance drops its memory entries a moment later.
    private static readonly TimeSpan CrossInstance = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Every_write_on_one_instance_is_seen_on_the_next_reads_of_another_despite_its_memory_cache()
    {
        await using var first = await EventsUnderTest.StartAsync();
        await using var second = await first.SecondAsync();
        await using var uncached = await first.SecondAsync(new Dictionary<string, string?> { ["Events:Cache:Enabled"] = "false" });
        var org = Guid.CreateVersion7();
        var published = await first.PublishedAsync(org, EventDrafts.Concert(title: "Cached Quartet", recurrence: new { rrule = "FREQ=WEEKLY;COUNT=3" }));
        var id = published.Id();
        Assert.Equal("Cached Quartet", (await second.GetJsonAsync($"/api/events/{id}")).Str("title"));
        Assert.Equal(1, (await second.GetJsonAsync($"/api/events?organizationId={org}")).GetProperty("totalCount").GetInt32());

        // Behind the API's back: cached reads keep the old title, the uncached instance sees it at once.
        await using (var scope = first.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Database
                .ExecuteSqlRawAsync("UPDATE events SET title = 'Changed behind the cache' WHERE id = {0}", id);
        Assert.Equal("Cached Quartet", (await second.GetJsonAsync($"/api/events/{id}")).Str("title"));
        Assert.Equal("Cached Quartet", (await first.GetJsonAsync($"/api/events/{id}")).Str("title"));
        Assert.Equal("Changed behind the cache", (await uncached.GetJsonAsync($"/api/events/{id}")).Str("title"));

        var token = first.OrganizerToken(org);
        var path = $"{EventsUnderTest.EventsOf(org)}/{id}";
        async Task SeenOnBothAsync(Func<System.Text.Json.JsonElement, bool> detail, string what)
        {
            Assert.True(detail(await first.GetJsonAsync($"/api/events/{id}")), $"first instance: {what}");
            await Eventually.HoldsAsync(async () => detail(await second.GetJsonAsync($"/api/events/{id}")), CrossInstance, $"second instance: {what}");
        }

        var edited = EventDrafts.Concert(title: "Renamed Quartet", recurrence: new { rrule = "FREQ=WEEKLY;COUNT=3" });
        edited["ticketTypes"] = OrganizerLifecycleTests.KeepTicketTypes(published);
        using (var response = await first.SendAsync(HttpMethod.Put, path, token, edited))
            await EventsUnderTest.ExpectAsync(response, HttpStatusCode.OK);
        await SeenOnBothAsync(d => d.Str("title") == "Renamed Quartet", "edit");
        await Eventually.HoldsAsync(async () => (await second.GetJsonAsync($"/api/events?organizationId={org}")).GetProperty("items")[0].Str("title") == "Renamed Quartet",
            CrossInstance, "listing on the second instance shows the edit");

        var occurrences = published.GetProperty("occurrences").EnumerateArray().Select(o => o.Id()).ToArray();
        await first.ActAsync(org, id, $"occurrences/{occurrences[0]}/cancel", new { reason = "Storm" });
        await SeenOnBothAsync(d => d.GetProperty("occurrences")[0].Str("status") == "Cancelled", "occurrence cancelled");

        var moveTo = EventDrafts.NextYear.AddDays(2);
        await first.ActAsync(org, id, $"occurrences/{occurrences[1]}/move", new { startsAt = EventDrafts.Local(moveTo), endsAt = EventDrafts.Local(moveTo.AddHours(1)) });
        await SeenOnBothAsync(d => d.GetProperty("occurrences").EnumerateArray().Any(o => o.GetProperty("startsAt").GetDateTimeOffset().Day == moveTo.Day), "occurrence moved");

        var standard = published.GetProperty("ticketTypes")[0].Id();
        using (var raise = await first.SendAsync(HttpMethod.Put, $"{path}/ticket-types/{standard}/capacity", token, new { capacity = 500 }))
            await EventsUnderTest.ExpectAsync(raise, HttpStatusCode.OK);
        await SeenOnBothAsync(d => d.GetProperty("ticketTypes")[0].GetProperty("capacity").GetInt32() == 500, "capacity raised");

        await first.ActAsync(org, id, "unpublish");
        await Eventually.HoldsAsync(async () => (await second.Client.GetAsync($"/api/events/{id}")).StatusCode == HttpStatusCode.NotFound,
            CrossInstance, "unpublished event gone from the second instance");
        Assert.Equal(0, (await first.GetJsonAsync($"/api/events?organizationId={org}")).GetProperty("totalCount").GetInt32());
        await first.ActAsync(org, id, "publish");
        await Eventually.HoldsAsync(async () => (await second.Client.GetAsync($"/api/events/{id}")).StatusCode == HttpStatusCode.OK,
            CrossInstance, "published again on the second instance");
        await first.PublishAsync(new SeatAvailabilityChanged(id, occurrences[2], standard, 500, 4, 6, 1, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(async () =>
                (await first.GetJsonAsync($"/api/events/{id}")).GetProperty("seatsLeft").GetInt32() == 1030
                && (await second.GetJsonAsync($"/api/events/{id}")).GetProperty("seatsLeft").GetInt32() == 1030,
            TimeSpan.FromSeconds(15), "seat counters seen on both instances");

        await first.ActAsync(org, id, "cancel", new { reason = "Tour called off" });
        await SeenOnBothAsync(d => d.Str("status") == "Cancelled", "event cancelled");
        await Eventually.HoldsAsync(async () => (await second.GetJsonAsync($"/api/events?organizationId={org}")).GetProperty("totalCount").GetInt32() == 0,
            CrossInstance, "cancelled event gone from the second instance's listing");
    }

    [Fact]
    public async Task Read_loaded_before_a_write_committed_is_not_served_after_that_write_invalidated_it()
    {
        await using var events = await EventsUnderTest.StartAsync();
        var cache = events.Services.GetRequiredService<CatalogCache>();
        var (key, tag) = ($"race-{Guid.NewGuid():N}", $"event:{Guid.NewGuid():N}");
        var loading = new TaskCompletionSource();
        var writeCommitted = new TaskCompletionSource();

        var inFlight = cache.GetOrLoadAsync(key, [tag], async _ =>
        {
            loading.SetResult();
            await writeCommitted.Task;
            return "seats before the write";
        }, CancellationToken.None);
        await loading.Task;
        await cache.RemoveLocallyAsync([tag]);
        writeCommitted.SetResult();

        Assert.Equal("seats before the write", await inFlight);
        Assert.Equal("seats after the write", await cache.GetOrLoadAsync(key, [tag], _ => ValueTask.FromResult("seats after the write"), CancellationToken.None));
    }

    [Fact]
    public async Task With_redis_refusing_connections_reads_and_writes_still_work_from_the_database()
    {
        await using var events = await EventsUnderTest.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:redis"] = $"127.0.0.1:{FreePort()},connectTimeout=500" });
        var org = Guid.CreateVersion7();
        var published = await events.PublishedAsync(org, EventDrafts.Concert(title: "Unplugged"));
        Assert.Equal("Unplugged", (await events.GetJsonAsync($"/api/events/{published.Id()}")).Str("title"));
        Assert.Equal(1, (await events.GetJsonAsync("/api/events?q=unplugged")).GetProperty("totalCount").GetInt32());

        var edited = EventDrafts.Concert(title: "Plugged In");
        edited["ticketTypes"] = OrganizerLifecycleTests.KeepTicketTypes(published);
        using (var response = await events.SendAsync(HttpMethod.Put, $"{EventsUnderTest.EventsOf(org)}/{published.Id()}", events.OrganizerToken(org), edited))
            await EventsUnderTest.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("Plugged In", (await events.GetJsonAsync($"/api/events/{published.Id()}")).Str("title"));
        Assert.Equal("Plugged In", (await events.GetJsonAsync("/api/events")).GetProperty("items")[0].Str("title"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
