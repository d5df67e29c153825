using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

[Collection(GraphQLPlatformCollection.Name)]
public sealed class WaitingListTests(GraphQLPlatformFixture fixture)
{
    [Fact]
    public async Task A_customer_joins_the_line_gets_the_declined_seat_and_claims_it()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "One Seat Salon");
        var salon = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1));
        var payer = new GraphQLCaller(fixture.Platform, (await Shopper.SignUpAsync(fixture.Platform, "Dee Declined")).AccessToken);
        var waiter = new GraphQLCaller(fixture.Platform, (await Shopper.SignUpAsync(fixture.Platform, "Wyn Waiting")).AccessToken);
        var join = new { input = new { occurrenceId = salon.OccurrenceId, ticketTypeId = salon.Standard, quantity = 1 }, key = Guid.NewGuid().ToString() };

        var early = await waiter.RefusedAsync(Documents.JoinWaitingList, join with { key = Guid.NewGuid().ToString() });
        var doomed = await payer.PlaceAsync(salon.OccurrenceId, salon.Standard, 1);
        var entry = (await waiter.DataAsync(Documents.JoinWaitingList, join)).GetProperty("joinWaitingList");
        var declined = await payer.PayAsync(doomed, "tok_decline");
        var offered = await Eventually.Until(() => waiter.DataAsync(Documents.MyWaitingList),
            data => Node(data).GetProperty("status").GetString() == "Offered", "the offer");
        var claimed = await waiter.DataAsync("""
            mutation Claim($id: ID!, $key: String!) { claimWaitingListOffer(entryId: $id, idempotencyKey: $key) { id status total } }
            """, new { id = entry.GetProperty("id").GetGuid(), key = Guid.NewGuid().ToString() });
        var line = await new GraphQLCaller(fixture.Platform, organizer.AccessToken).DataAsync("""
            query Line($org: ID!, $event: ID!) {
              organization(id: $org) { waitingList(eventId: $event) { entries { totalCount edges { node { status customerEmail } } } summary { waiting offered } } }
            }
            """, new { org = organizer.OrganizationId, @event = salon.Id });

        Assert.Equal(("CONFLICT", "seats_available"), (early.Code, early.Extension("reason")));
        Assert.Equal(("Waiting", 1), (entry.GetProperty("status").GetString(), entry.GetProperty("position").GetInt32()));
        Assert.Equal(("PAYMENT_DECLINED", "card_declined"), (declined.Code, declined.Extension("reason")));
        Assert.NotEqual(JsonValueKind.Null, Node(offered).GetProperty("offerExpiresAt").ValueKind);
        Assert.Equal("AwaitingPayment", claimed.GetProperty("claimWaitingListOffer").GetProperty("status").GetString());
        var claimedEntry = Assert.Single(line.GetProperty("organization").GetProperty("waitingList").GetProperty("entries").GetProperty("edges").EnumerateArray());
        Assert.Equal("Claimed", claimedEntry.GetProperty("node").GetProperty("status").GetString());
    }

    static JsonElement Node(JsonElement data) =>
        data.GetProperty("me").GetProperty("waitingList").GetProperty("edges")[0].GetProperty("node");
}
