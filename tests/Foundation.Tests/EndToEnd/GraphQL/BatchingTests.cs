using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

[Collection(GraphQLPlatformCollection.Name)]
public sealed class BatchingTests(GraphQLPlatformFixture fixture)
{
    [Fact]
    public async Task Twenty_bookings_with_their_events_cost_one_call_to_events_and_three_in_all()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Batch Festival");
        var stages = new List<PublishedEvent>();
        for (var i = 0; i < 4; i++)
            stages.Add(await organizer.PublishEventAsync());
        var shopper = await Shopper.SignUpAsync(fixture.Platform, "Bea Batch");
        for (var i = 0; i < 20; i++)
            await shopper.BookAsync(stages[i % 4].OccurrenceId, (stages[i % 4].Standard, 1));

        var answer = await new GraphQLCaller(fixture.Platform, shopper.AccessToken).SendAsync("""
            { me { bookings(first: 20) { totalCount edges { node { id eventId event { id title city } } } } } }
            """);

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var nodes = answer.Data.GetProperty("me").GetProperty("bookings").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(20, nodes.Count);
        Assert.All(nodes, node => Assert.Equal(node.GetProperty("eventId").GetGuid(), node.GetProperty("event").GetProperty("id").GetGuid()));
        Assert.Equal(stages.Select(s => s.Title).Order(), nodes.Select(n => n.GetProperty("event").GetProperty("title").GetString()).Distinct().Order());
        // Auth for `me`, Bookings for the page, Events once for all 20 bookings' events.
        Assert.Equal((1, 1, 1, 3), (answer.CallsTo("auth"), answer.CallsTo("bookings"), answer.CallsTo("events"), answer.DownstreamCalls));
    }

    [Fact]
    public async Task The_batch_read_of_events_leaves_out_drafts_and_names_a_bad_id()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Batch Drafts");
        var published = await organizer.PublishEventAsync();
        var draft = await organizer.CreateDraftAsync();
        using var visitor = fixture.Platform.CreateGatewayClient();

        var found = await visitor.GetFromJsonAsync<List<JsonElement>>($"/api/events/by-ids?ids={published.Id},{draft},{Guid.NewGuid()}");
        using var bad = await visitor.GetAsync("/api/events/by-ids?ids=seat-42");

        Assert.Equal(published.Id, Assert.Single(found!).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("ids", out _));
    }
}
