using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

[Collection(GraphQLPlatformCollection.Name)]
public sealed class HotDropTests(GraphQLPlatformFixture fixture)
{
    [Fact]
    public async Task Buyers_racing_through_placeBooking_get_exactly_the_capacity_and_the_rest_are_sold_out()
    {
        const int capacity = 12;
        const int attempts = 48;
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Hot Drop Arena");
        var drop = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: capacity));
        var buyers = new List<GraphQLCaller>();
        for (var i = 0; i < 4; i++)
            buyers.Add(new GraphQLCaller(fixture.Platform, (await Shopper.SignUpAsync(fixture.Platform, $"Racer {i}")).AccessToken));

        using var start = new SemaphoreSlim(0);
        var racing = Enumerable.Range(0, attempts).Select(async i =>
        {
            await start.WaitAsync();
            return await buyers[i % buyers.Count].SendAsync(Documents.PlaceBooking,
                new { input = Documents.Order(drop.OccurrenceId, drop.Standard, 1), key = Guid.NewGuid().ToString() });
        }).ToList();
        start.Release(attempts);
        var answers = await Task.WhenAll(racing);

        var won = answers.Where(a => a.Errors.Count == 0).ToList();
        var lost = answers.Where(a => a.Errors.Count > 0).ToList();
        Assert.Equal(capacity, won.Count);
        Assert.All(lost, a => Assert.True(a.Code == "SOLD_OUT", a.ToString()));
        Assert.Equal(capacity, won.Select(a => a.Data.GetProperty("placeBooking").GetProperty("id").GetGuid()).Distinct().Count());
        var counts = (await organizer.AttendanceAsync(drop.OccurrenceId))!.Of(drop.Standard);
        Assert.Equal((capacity, 0), (counts.Held + counts.Sold, counts.Remaining));
    }
}
