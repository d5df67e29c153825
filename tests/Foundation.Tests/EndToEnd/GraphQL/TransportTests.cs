using System.Net;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

// GraphQL over HTTP: GET for queries only, both response media types, and the published SDL.
[Collection(GraphQLPlatformCollection.Name)]
public sealed class TransportTests(GraphQLPlatformFixture fixture)
{
    [Fact]
    public async Task A_query_can_be_sent_with_get_but_a_mutation_cannot()
    {
        var http = new GraphQLCaller(fixture.Platform).Http;

        using var query = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("query($n: Int) { events(first: $n) { totalCount } }")
            + "&variables=" + Uri.EscapeDataString("""{"n": 3}"""));
        using var mutation = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString($$"""mutation { cancelBooking(bookingId: "{{Guid.NewGuid()}}") { status } }"""));

        Assert.Equal((HttpStatusCode.OK, "application/graphql-response+json"), (query.StatusCode, query.Content.Headers.ContentType?.MediaType));
        var data = JsonDocument.Parse(await query.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.True(data.GetProperty("events").GetProperty("totalCount").GetInt32() >= 0);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
    }

    [Fact]
    public async Task Plain_json_clients_get_200_with_the_errors_and_the_spec_media_type_gets_400()
    {
        var caller = new GraphQLCaller(fixture.Platform);
        const string tooMany = "{ events(first: 1000) { totalCount } }";

        var json = await caller.SendAsync(tooMany, accept: "application/json");
        var spec = await caller.SendAsync(tooMany);

        Assert.Equal((HttpStatusCode.OK, "application/json", "PAGE_SIZE_EXCEEDED"), (json.Status, json.MediaType, json.Code));
        Assert.Equal((HttpStatusCode.BadRequest, "application/graphql-response+json"), (spec.Status, spec.MediaType));
    }

    [Fact]
    public async Task The_schema_is_published_as_sdl()
    {
        var sdl = await new GraphQLCaller(fixture.Platform).Http.GetStringAsync("/graphql/schema.graphql");

        Assert.Contains("type Query", sdl);
        Assert.Contains("placeBooking(input: PlaceBookingInput!, idempotencyKey: String!): Booking", sdl);
        Assert.Contains("events(", sdl);
    }
}
