using System.Net;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

[Collection(GraphQLPlatformCollection.Name)]
public sealed class CatalogQueryTests(GraphQLPlatformFixture fixture)
{
    const string Browse = """
        query Browse($org: ID!, $first: Int, $after: String) {
          events(filter: { organizationId: $org, availableOnly: true }, orderBy: { field: TITLE, direction: DESC }, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id title city seatsLeft minPrice currency } }
          }
        }
        """;

    [Fact]
    public async Task Events_are_a_cursor_connection_with_the_rest_browse_filters_and_order()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Cursor Concerts");
        var published = new[] { await organizer.PublishEventAsync(), await organizer.PublishEventAsync(), await organizer.PublishEventAsync() };
        var visitor = new GraphQLCaller(fixture.Platform);

        var first = (await visitor.DataAsync(Browse, new { org = organizer.OrganizationId, first = 2 })).GetProperty("events");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = (await visitor.DataAsync(Browse, new { org = organizer.OrganizationId, first = 2, after = cursor })).GetProperty("events");

        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(rest.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var titles = first.GetProperty("edges").EnumerateArray().Concat(rest.GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node").GetProperty("title").GetString()!).ToList();
        Assert.Equal(published.Select(e => e.Title).OrderByDescending(t => t, StringComparer.Ordinal), titles);
        Assert.All(first.GetProperty("edges").EnumerateArray(), edge =>
        {
            Assert.Equal("Hamburg", edge.GetProperty("node").GetProperty("city").GetString());
            Assert.Equal(15, edge.GetProperty("node").GetProperty("seatsLeft").GetInt32());
            Assert.Equal(EventPlan.StandardPrice, edge.GetProperty("node").GetProperty("minPrice").GetDecimal());
        });
    }

    [Fact]
    public async Task An_event_has_its_occurrences_ticket_types_and_seats_left()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Detail Hall");
        var concert = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 7, Occurrences: 2));

        var data = await new GraphQLCaller(fixture.Platform).DataAsync("""
            query One($id: ID!) {
              event(id: $id) {
                title status venue { city timeZone }
                ticketTypes { id name price currency capacity }
                occurrences { id status seatsLeft ticketTypes { ticketTypeId capacity seatsLeft } }
              }
            }
            """, new { id = concert.Id });

        var shown = data.GetProperty("event");
        Assert.Equal((concert.Title, "Published", "Hamburg"), (shown.GetProperty("title").GetString(), shown.GetProperty("status").GetString(),
            shown.GetProperty("venue").GetProperty("city").GetString()));
        Assert.Equal(["Standard", "Premium"], shown.GetProperty("ticketTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(concert.OccurrenceIds, shown.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
        var standard = shown.GetProperty("occurrences")[0].GetProperty("ticketTypes").EnumerateArray()
            .Single(t => t.GetProperty("ticketTypeId").GetGuid() == concert.Standard);
        Assert.Equal((7, 7), (standard.GetProperty("capacity").GetInt32(), standard.GetProperty("seatsLeft").GetInt32()));
    }

    [Fact]
    public async Task A_bad_browse_filter_is_a_validation_error_naming_the_field()
    {
        var answer = await new GraphQLCaller(fixture.Platform).RefusedAsync("""{ events(filter: { country: "Germany" }) { totalCount } }""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(("VALIDATION", "country"), (answer.Code, answer.Extension("field")));
        Assert.Contains("country", answer.Extension("errors"));
    }

    [Fact]
    public async Task An_unknown_event_is_not_found_and_a_malformed_id_never_leaves_the_gateway()
    {
        var visitor = new GraphQLCaller(fixture.Platform);

        var unknown = await visitor.RefusedAsync("query($id: ID!) { event(id: $id) { title } }", new { id = Guid.NewGuid() });
        var malformed = await visitor.RefusedAsync("""{ event(id: "seat-42") { title } }""");

        Assert.Equal("NOT_FOUND", unknown.Code);
        Assert.Equal(("VALIDATION", "id", 0), (malformed.Code, malformed.Extension("field"), malformed.DownstreamCalls));
    }
}
