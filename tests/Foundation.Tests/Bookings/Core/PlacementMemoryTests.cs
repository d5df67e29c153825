using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bookings.Service.Inventory;
using Microsoft.Extensions.Time.Testing;
using Platform.Foundation.Tests.BookingsService;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

// A hot drop's late buyers are told "sold out" from memory, and the memory never outlives the truth by
// more than a second: seats that come back reopen sales at once, on every instance. The clock is fake,
// so "at once" cannot be the one-second lifetime running out.
public sealed class PlacementMemoryTests : IAsyncLifetime
{
    readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    BookingsUnderTest service = null!;

    public async Task InitializeAsync() => service = await BookingsUnderTest.StartAsync(clock: clock);

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Once_sold_out_a_buyer_is_refused_from_memory_until_the_mark_runs_out()
    {
        var sale = await SoldOutAsync();

        await AddSeatUnannouncedAsync(sale);
        using var late = service.CustomerClient(Guid.CreateVersion7());
        using (var refused = await BookingsUnderTest.PlaceAsync(late, sale.Order((sale.GeneralId, 1)), "late-1"))
            await AssertSoldOutAsync(refused);

        clock.Advance(TimeSpan.FromSeconds(1));
        using var placed = await BookingsUnderTest.PlaceAsync(late, sale.Order((sale.GeneralId, 1)), "late-2");
        Assert.True(placed.StatusCode == HttpStatusCode.Created, await placed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_seat_given_back_reopens_the_sale_at_once()
    {
        var sale = await SoldOutAsync();

        // However a seat comes back (an expired hold, a cancellation, a refund), the counter's trigger says so.
        await service.ScalarAsync<int>("UPDATE inventory_counters SET held = held - 1 WHERE ticket_type_id = @t; SELECT 1", ("t", sale.GeneralId));

        using var late = service.CustomerClient(Guid.CreateVersion7());
        await EventuallyPlacedAsync(late, sale, "a buyer gets the seat that came back while the clock stands still");
    }

    [Fact]
    public async Task A_retry_of_a_booking_placed_before_the_sell_out_gets_that_booking()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(generalCapacity: 1));
        using var first = service.CustomerClient(Guid.CreateVersion7());
        using var placed = await BookingsUnderTest.PlaceAsync(first, sale.Order((sale.GeneralId, 1)), "first-buyer");
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        using var second = service.CustomerClient(Guid.CreateVersion7());
        using (var refused = await BookingsUnderTest.PlaceAsync(second, sale.Order((sale.GeneralId, 1)), "second-buyer"))
            await AssertSoldOutAsync(refused);

        using var retried = await BookingsUnderTest.PlaceAsync(first, sale.Order((sale.GeneralId, 1)), "first-buyer");
        using var changedBody = await BookingsUnderTest.PlaceAsync(first, sale.Order((sale.GeneralId, 2)), "first-buyer");

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(
            (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changedBody.StatusCode);
        Assert.Contains("idempotencyKey", await changedBody.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_instance_learns_of_the_sell_out_and_of_seats_coming_back()
    {
        var sale = await SoldOutAsync();
        await using var other = await BookingsUnderTest.StartAsync(SameDatabaseAndIssuer(), clock);
        using var late = other.ClientFor(service.Tokens.Token(new() { UserId = Guid.CreateVersion7() }));
        // The first instance's mark runs out, so its next refusal looks at the counter again and tells every instance.
        clock.Advance(SoldOutBoard.Lifetime);
        await SoldOutAgainAsync(sale);
        // The other instance heard it: with the reopening signal off, a seat added behind its back stays unsold
        // there, which only a mark set by the signal explains (it never failed a hold itself).
        await AddSeatUnannouncedAsync(sale);
        using (var refused = await BookingsUnderTest.PlaceAsync(late, sale.Order((sale.GeneralId, 1)), "other-late-1"))
            await AssertSoldOutAsync(refused);

        // A seat given back through the counter reopens the sale there too.
        await service.ScalarAsync<int>("UPDATE inventory_counters SET held = held - 1 WHERE ticket_type_id = @t; SELECT 1", ("t", sale.GeneralId));
        await EventuallyPlacedAsync(late, sale, "the other instance sells the seat that came back");
    }

    [Fact]
    public async Task A_catalog_change_reaches_every_instance_at_once()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        await using var other = await BookingsUnderTest.StartAsync(SameDatabaseAndIssuer(), clock);
        using var buyer = other.ClientFor(service.Tokens.Token(new() { UserId = Guid.CreateVersion7() }));
        using (var remembered = await BookingsUnderTest.PlaceAsync(buyer, sale.Order((sale.GeneralId, 1)), "before-cancel"))
            Assert.Equal(HttpStatusCode.Created, remembered.StatusCode);

        // Whichever instance applies the cancellation, the other forgets its copy of the occurrence.
        await service.FeedAsync(sale.Snapshot(version: 2, occurrenceStatus: "Cancelled"));

        await Eventually.HoldsAsync(async () =>
        {
            using var attempt = await BookingsUnderTest.PlaceAsync(buyer, sale.Order((sale.GeneralId, 1)), Guid.NewGuid().ToString());
            return attempt.StatusCode == HttpStatusCode.UnprocessableEntity
                && (await attempt.Content.ReadAsStringAsync()).Contains("cancelled", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(5), "the other instance refuses the cancelled occurrence, though its copy would last a minute");
    }

    // One General seat, held by a first buyer, and a second buyer refused: the service has marked it sold out.
    async Task<SaleFixture> SoldOutAsync()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(generalCapacity: 1));
        using var first = service.CustomerClient(Guid.CreateVersion7());
        using (var held = await BookingsUnderTest.PlaceAsync(first, sale.Order((sale.GeneralId, 1)), "first-buyer"))
            Assert.Equal(HttpStatusCode.Created, held.StatusCode);
        await SoldOutAgainAsync(sale);
        return sale;
    }

    async Task SoldOutAgainAsync(SaleFixture sale)
    {
        using var second = service.CustomerClient(Guid.CreateVersion7());
        using var refused = await BookingsUnderTest.PlaceAsync(second, sale.Order((sale.GeneralId, 1)), Guid.NewGuid().ToString());
        await AssertSoldOutAsync(refused);
    }

    // A seat the memory cannot know of: added behind the service's back, with the reopening signal off.
    async Task AddSeatUnannouncedAsync(SaleFixture sale)
    {
        await service.ScalarAsync<int>("ALTER TABLE inventory_counters DISABLE TRIGGER inventory_counters_seats_reopened; SELECT 1");
        await service.ScalarAsync<int>("UPDATE inventory_counters SET capacity = capacity + 1 WHERE ticket_type_id = @t; SELECT 1", ("t", sale.GeneralId));
        await service.ScalarAsync<int>("ALTER TABLE inventory_counters ENABLE TRIGGER inventory_counters_seats_reopened; SELECT 1");
    }

    static Task EventuallyPlacedAsync(HttpClient buyer, SaleFixture sale, string what) =>
        Eventually.HoldsAsync(async () =>
        {
            using var attempt = await BookingsUnderTest.PlaceAsync(buyer, sale.Order((sale.GeneralId, 1)), Guid.NewGuid().ToString());
            return attempt.StatusCode == HttpStatusCode.Created;
        }, TimeSpan.FromSeconds(5), what);

    Dictionary<string, string?> SameDatabaseAndIssuer() => service.Factory.Settings.ToDictionary(pair => pair.Key, pair => pair.Value);

    static async Task AssertSoldOutAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seatsLeft").GetInt32());
    }
}
