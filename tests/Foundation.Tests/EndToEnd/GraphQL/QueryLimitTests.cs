using System.Net;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

// Over-limit documents are refused while being validated: a 400, a code, and not one call to a service.
[Collection(GraphQLPlatformCollection.Name)]
public sealed class QueryLimitTests(GraphQLPlatformFixture fixture)
{
    [Fact]
    public async Task A_query_nested_too_deep_is_refused_before_any_downstream_call()
    {
        var answer = await new GraphQLCaller(fixture.Platform).RefusedAsync("""
            { events { totalCount } __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }
            """);

        Assert.Equal((HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED", "10"), (answer.Status, answer.Code, answer.Extension("maxDepth")));
        Assert.Equal(0, answer.DownstreamCalls);
    }

    [Fact]
    public async Task A_query_too_complex_is_refused_before_any_downstream_call()
    {
        var shopper = await Shopper.SignUpAsync(fixture.Platform, "Cole Complex");

        var answer = await new GraphQLCaller(fixture.Platform, shopper.AccessToken).RefusedAsync("""
            { me { bookings(first: 50) { edges { node { tickets { code holderName status id } lines { quantity amount } event { title city } } } } } }
            """);

        Assert.Equal((HttpStatusCode.BadRequest, "MAX_COMPLEXITY_EXCEEDED"), (answer.Status, answer.Code));
        Assert.Equal(0, answer.DownstreamCalls);
    }

    [Fact]
    public async Task Asking_for_more_than_the_page_cap_is_refused_naming_first()
    {
        var answer = await new GraphQLCaller(fixture.Platform).RefusedAsync("query($n: Int) { events(first: $n) { totalCount } }", new { n = 51 });

        Assert.Equal((HttpStatusCode.BadRequest, "PAGE_SIZE_EXCEEDED", "first", "50"),
            (answer.Status, answer.Code, answer.Extension("field"), answer.Extension("maxPageSize")));
        Assert.Equal(0, answer.DownstreamCalls);
    }
}
