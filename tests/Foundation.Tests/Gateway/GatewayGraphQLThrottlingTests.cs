using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

// /graphql is throttled like any route, and placeBooking spends the same booking budget as POST /api/bookings.
public sealed class GatewayGraphQLThrottlingTests
{
    const string Place = """
        mutation($input: PlaceBookingInput!, $key: String!) { placeBooking(input: $input, idempotencyKey: $key) { id } }
        """;

    static Task<GatewayUnderTest> StartAsync(int perUserLimit = 1000, int bookingLimit = 1000) =>
        GatewayUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:PerIpPermitLimit"] = "1000",
            ["Gateway:PerUserPermitLimit"] = perUserLimit.ToString(),
            ["Gateway:PerUserWindow"] = "00:01:00",
            ["Gateway:BookingPermitLimit"] = bookingLimit.ToString(),
            ["Gateway:BookingWindow"] = "00:00:30",
            ["Gateway:GraphQL:ReportDownstreamCalls"] = "true",
        });

    [Fact]
    public async Task PlaceBooking_and_the_rest_booking_route_share_one_budget_per_user()
    {
        await using var gateway = await StartAsync(bookingLimit: 2);
        using var client = gateway.CreateClient();
        var buyer = UnsignedBearer.For(Guid.CreateVersion7().ToString());
        var other = UnsignedBearer.For(Guid.CreateVersion7().ToString());

        var first = await PlaceAsync(client, buyer);
        using (var rest = await PostBookingAsync(client, buyer))
            Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        var third = await PlaceAsync(client, buyer);
        using var restAgain = await PostBookingAsync(client, buyer);
        var someoneElse = await PlaceAsync(client, other);

        Assert.Equal(JsonValueKind.Undefined, Errors(first).ValueKind);
        Assert.True(Errors(third).ValueKind == JsonValueKind.Array, $"the third booking went through: {third}");
        var refused = Errors(third)[0].GetProperty("extensions");
        Assert.Equal("RATE_LIMITED", refused.GetProperty("code").GetString());
        Assert.InRange(refused.GetProperty("retryAfterSeconds").GetInt32(), 1, 30);
        Assert.False(third.GetProperty("extensions").GetProperty("downstreamCalls").GetProperty("byService").TryGetProperty("bookings", out _));
        Assert.Equal(HttpStatusCode.TooManyRequests, restAgain.StatusCode);
        Assert.Equal(JsonValueKind.Undefined, Errors(someoneElse).ValueKind);
    }

    [Fact]
    public async Task Graphql_requests_count_against_the_per_user_budget()
    {
        await using var gateway = await StartAsync(perUserLimit: 2);
        using var client = gateway.CreateClient();
        var user = UnsignedBearer.For(Guid.CreateVersion7().ToString());

        for (var i = 0; i < 2; i++)
            await PlaceAsync(client, user);
        using var throttled = await SendGraphQLAsync(client, user, "{ events { totalCount } }", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.Contains("Retry-After"));
    }

    static async Task<JsonElement> PlaceAsync(HttpClient client, AuthenticationHeaderValue bearer)
    {
        using var response = await SendGraphQLAsync(client, bearer, Place, new
        {
            input = new { occurrenceId = Guid.CreateVersion7(), lines = new[] { new { ticketTypeId = Guid.CreateVersion7(), quantity = 1 } } },
            key = Guid.NewGuid().ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static Task<HttpResponseMessage> SendGraphQLAsync(HttpClient client, AuthenticationHeaderValue bearer, string query, object? variables)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = bearer;
        return client.SendAsync(request);
    }

    static async Task<HttpResponseMessage> PostBookingAsync(HttpClient client, AuthenticationHeaderValue bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = bearer;
        return await client.SendAsync(request);
    }

    static JsonElement Errors(JsonElement body) => body.TryGetProperty("errors", out var errors) ? errors : default;
}
