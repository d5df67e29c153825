using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

// A refused request is a GraphQL error carrying the REST ProblemDetails' code, reason and fields, and nothing internal.
[Collection(GraphQLPlatformCollection.Name)]
public sealed class RefusalTests(GraphQLPlatformFixture fixture)
{
    [Fact]
    public async Task Wanting_more_seats_than_are_left_is_sold_out_with_the_seats_left()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Tiny Club");
        var gig = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 2));
        var me = new GraphQLCaller(fixture.Platform, (await Shopper.SignUpAsync(fixture.Platform, "Sol Soldout")).AccessToken);

        var answer = await me.RefusedAsync(Documents.PlaceBooking,
            new { input = Documents.Order(gig.OccurrenceId, gig.Standard, 3), key = Guid.NewGuid().ToString() });

        Assert.Equal(("SOLD_OUT", "2", "409"), (answer.Code, answer.Extension("seatsLeft"), answer.Extension("status")));
        Assert.Equal(gig.Standard.ToString(), answer.Extension("ticketTypeId"));
        Assert.Equal("placeBooking", answer.Error.GetProperty("path")[0].GetString());
        AssertNothingInternal(answer);
    }

    [Fact]
    public async Task Bad_input_is_a_validation_error_naming_the_field()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Strict Hall");
        var gig = await organizer.PublishEventAsync();
        var me = new GraphQLCaller(fixture.Platform, (await Shopper.SignUpAsync(fixture.Platform, "Val Idation")).AccessToken);

        var answer = await me.RefusedAsync(Documents.PlaceBooking,
            new { input = Documents.Order(gig.OccurrenceId, gig.Standard, 0), key = Guid.NewGuid().ToString() });

        Assert.Equal(("VALIDATION", "lines[0].quantity"), (answer.Code, answer.Extension("field")));
        Assert.Contains("quantity must be", answer.Extension("errors"));
        AssertNothingInternal(answer);
    }

    [Fact]
    public async Task Another_customers_booking_and_another_organizations_events_are_not_found()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Private Rooms");
        var rival = await Organizer.CreateAsync(fixture.Platform, "Rival Rooms");
        var gig = await organizer.PublishEventAsync();
        var owner = new GraphQLCaller(fixture.Platform, (await Shopper.SignUpAsync(fixture.Platform, "Owen Owner")).AccessToken);
        var snoop = new GraphQLCaller(fixture.Platform, (await Shopper.SignUpAsync(fixture.Platform, "Sam Snoop")).AccessToken);
        var placed = await owner.PlaceAsync(gig.OccurrenceId, gig.Standard, 1);

        var booking = await snoop.RefusedAsync("query($id: ID!) { booking(id: $id) { id total } }", new { id = placed.GetProperty("id").GetGuid() });
        var events = await new GraphQLCaller(fixture.Platform, rival.AccessToken).RefusedAsync(
            "query($org: ID!) { organization(id: $org) { events { totalCount } } }", new { org = organizer.OrganizationId });

        Assert.Equal("NOT_FOUND", booking.Code);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, booking.Data.GetProperty("booking").ValueKind);
        Assert.Equal("NOT_FOUND", events.Code);
        AssertNothingInternal(booking);
    }

    [Fact]
    public async Task Without_a_token_me_and_booking_are_unauthenticated()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Door Policy");
        var gig = await organizer.PublishEventAsync();
        var anonymous = new GraphQLCaller(fixture.Platform);

        var me = await anonymous.RefusedAsync("{ me { email } }");
        var place = await anonymous.RefusedAsync(Documents.PlaceBooking,
            new { input = Documents.Order(gig.OccurrenceId, gig.Standard, 1), key = Guid.NewGuid().ToString() });
        var forged = await new GraphQLCaller(fixture.Platform, "not.a.token").RefusedAsync("{ me { email } }");

        Assert.Equal(("UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"), (me.Code, place.Code, forged.Code));
        AssertNothingInternal(place);
    }

    static void AssertNothingInternal(GraphQLAnswer answer)
    {
        Assert.DoesNotContain("   at ", answer.Text);
        Assert.DoesNotContain("127.0.0.1", answer.Text);
        Assert.DoesNotContain("traceId", answer.Text);
        Assert.DoesNotContain("Exception", answer.Text);
    }
}
