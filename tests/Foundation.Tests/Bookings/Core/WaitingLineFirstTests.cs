using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

// Seats that come back while customers wait go to the line first: a public booking may only take what is left
// beyond the seats the line wants. The offer worker is idle here (it polls every ten minutes), so the returned
// seat stays unoffered and only the rule keeps it from the public buyer; the end-to-end race cannot hold that
// window open.
public sealed class WaitingLineFirstTests : IAsyncLifetime
{
    BookingsUnderTest service = null!;

    public async Task InitializeAsync() => service = await BookingsUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["Bookings:WaitingList:PollInterval"] = "00:10:00",
    });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task A_seat_coming_back_while_someone_waits_is_refused_to_a_public_buyer_with_no_seats_left()
    {
        var sale = await SoldOutWithOneWaitingAsync();

        // The organizer adds a seat: it comes back to sale while one customer waits for it.
        await service.FeedAsync(sale.Snapshot(version: 2, generalCapacity: 2));
        var counter = await service.CounterAsync(sale.OccurrenceId, sale.GeneralId);
        Assert.Equal((2, 1), (counter.Capacity, counter.Held));
        using var publicBuyer = service.CustomerClient(Guid.CreateVersion7());
        using var refused = await BookingsUnderTest.PlaceAsync(publicBuyer, sale.Order((sale.GeneralId, 1)), "public-buyer");

        Assert.True(refused.StatusCode == HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync());
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, problem.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(1, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId)).Held);
    }

    [Fact]
    public async Task Seats_beyond_what_the_line_wants_are_sold_to_the_public()
    {
        var sale = await SoldOutWithOneWaitingAsync();

        await service.FeedAsync(sale.Snapshot(version: 2, generalCapacity: 3));
        using var publicBuyer = service.CustomerClient(Guid.CreateVersion7());
        using var tooMany = await BookingsUnderTest.PlaceAsync(publicBuyer, sale.Order((sale.GeneralId, 2)), "public-two");
        using var one = await BookingsUnderTest.PlaceAsync(publicBuyer, sale.Order((sale.GeneralId, 1)), "public-one");

        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Equal(1, (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seatsLeft").GetInt32());
        Assert.Equal(HttpStatusCode.Created, one.StatusCode);
    }

    // One General seat, held by a first buyer; a second customer joins the waiting list for one.
    async Task<SaleFixture> SoldOutWithOneWaitingAsync()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(generalCapacity: 1));
        using var first = service.CustomerClient(Guid.CreateVersion7());
        using (var held = await BookingsUnderTest.PlaceAsync(first, sale.Order((sale.GeneralId, 1)), "first-buyer"))
            Assert.Equal(HttpStatusCode.Created, held.StatusCode);
        using var waiter = service.CustomerClient(Guid.CreateVersion7());
        using (var joined = await JoinAsync(waiter, sale))
            Assert.True(joined.StatusCode == HttpStatusCode.Created, await joined.Content.ReadAsStringAsync());
        return sale;
    }

    static Task<HttpResponseMessage> JoinAsync(HttpClient customer, SaleFixture sale)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings/waiting-list")
        {
            Content = JsonContent.Create(new { occurrenceId = sale.OccurrenceId, ticketTypeId = sale.GeneralId, quantity = 1 }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return customer.SendAsync(request);
    }
}
