using System.Net;
using System.Net.Http.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

[Collection(BookingPlatformCollection.Name)]
public sealed class JoiningTheWaitingListTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Customers_join_only_when_sold_out_see_their_place_and_can_leave_and_nobody_else_sees_their_entry()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Quay Comedy Club");
        var show = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 2));
        var ann = await Shopper.SignUpAsync(fixture.Platform, "Ann Early");
        var ben = await Shopper.SignUpAsync(fixture.Platform, "Ben Behind");
        var buyer = await Shopper.SignUpAsync(fixture.Platform, "Bea Buyer");

        using (var tooEarly = await ann.PostJoinAsync(new { occurrenceId = show.OccurrenceId, ticketTypeId = show.Standard, quantity = 1 }, Guid.NewGuid().ToString()))
        {
            var problem = await tooEarly.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("seats_available", problem.Reason());
            Assert.Equal(2, problem.GetProperty("seatsLeft").GetInt32());
        }

        await buyer.BookAsync(show.OccurrenceId, (show.Standard, 2));
        var key = Guid.NewGuid().ToString();
        var body = new { occurrenceId = show.OccurrenceId, ticketTypeId = show.Standard, quantity = 1 };
        WaitingListEntryView annEntry;
        using (var joined = await ann.PostJoinAsync(body, key))
        {
            Assert.True(joined.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(joined));
            annEntry = (await joined.Content.ReadFromJsonAsync<WaitingListEntryView>())!;
        }
        Assert.Equal(("Waiting", 1, 1), (annEntry.Status, annEntry.Position, annEntry.Quantity));
        using (var retried = await ann.PostJoinAsync(body, key))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
            Assert.Equal(annEntry.Id, (await retried.Content.ReadFromJsonAsync<WaitingListEntryView>())!.Id);
        }
        using (var twice = await ann.PostJoinAsync(body with { quantity = 2 }, Guid.NewGuid().ToString()))
        {
            var problem = await twice.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("already_waiting", problem.Reason());
            Assert.Equal(annEntry.Id, problem.GetProperty("entryId").GetGuid());
        }

        var benEntry = await ben.JoinAsync(show.OccurrenceId, show.Standard, 2);
        Assert.Equal(2, benEntry.Position);
        using (var mine = await ann.GetAsync(WaitingCustomer.Path))
        {
            var page = (await mine.Content.ReadFromJsonAsync<WaitingListPageView>())!;
            Assert.Equal(annEntry.Id, Assert.Single(page.Items).Id);
        }

        using (var peek = await ben.GetAsync($"{WaitingCustomer.Path}/{annEntry.Id}"))
            Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        using (var evict = await ben.LeaveAsync(annEntry.Id))
            Assert.Equal(HttpStatusCode.NotFound, evict.StatusCode);
        using (var snatch = await ben.PostClaimAsync(annEntry.Id, Guid.NewGuid().ToString()))
            Assert.Equal(HttpStatusCode.NotFound, snatch.StatusCode);
        using (var early = await ann.PostClaimAsync(annEntry.Id, Guid.NewGuid().ToString()))
            Assert.Equal("not_offered", (await early.ProblemAsync(HttpStatusCode.Conflict)).Reason());

        using (var left = await ann.LeaveAsync(annEntry.Id))
            Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        using (var leftAgain = await ann.LeaveAsync(annEntry.Id))
            Assert.Equal(HttpStatusCode.NoContent, leftAgain.StatusCode);
        var gone = await ann.EntryAsync(annEntry.Id);
        Assert.Equal(("Left", (int?)null), (gone.Status, gone.Position));
        Assert.Equal(1, (await ben.EntryAsync(benEntry.Id)).Position);
        // Leaving does not make room for someone else to be "first" twice: Ann may queue again, behind Ben.
        Assert.Equal(2, (await ann.JoinAsync(show.OccurrenceId, show.Standard, 1)).Position);
    }

    [Fact]
    public async Task Bad_waiting_list_requests_are_refused_naming_the_field()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Strict Sign-up Hall");
        var show = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1));
        var other = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1));
        var cleo = await Shopper.SignUpAsync(fixture.Platform, "Cleo Careless");
        var key = Guid.NewGuid().ToString();

        using (var anonymous = await cleo.PostJoinAsync(new { occurrenceId = show.OccurrenceId, ticketTypeId = show.Standard, quantity = 1 }, key, signedIn: false))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using (var noKey = await cleo.PostJoinAsync(new { occurrenceId = show.OccurrenceId, ticketTypeId = show.Standard, quantity = 1 }, null))
            Assert.Contains("idempotencyKey", (await noKey.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        using (var empty = await cleo.PostJoinAsync(new { }, key))
            Assert.Equal(["occurrenceId", "quantity", "ticketTypeId"], (await empty.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Order());
        using (var zero = await cleo.PostJoinAsync(new { occurrenceId = show.OccurrenceId, ticketTypeId = show.Standard, quantity = 0 }, key))
            Assert.Equal(["quantity"], (await zero.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        using (var broken = await cleo.PostJoinAsync("{\"occurrenceId\": \"not-a-guid\"", key))
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        // Standard sells at most 6 per order: a line that could never be booked cannot wait either.
        using (var tooMany = await cleo.PostJoinAsync(new { occurrenceId = show.OccurrenceId, ticketTypeId = show.Standard, quantity = 7 }, key))
            Assert.Equal(["quantity"], (await tooMany.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        using (var unknown = await cleo.PostJoinAsync(new { occurrenceId = Guid.NewGuid(), ticketTypeId = show.Standard, quantity = 1 }, key))
            Assert.Equal(["occurrenceId"], (await unknown.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        using (var foreign = await cleo.PostJoinAsync(new { occurrenceId = show.OccurrenceId, ticketTypeId = other.Standard, quantity = 1 }, key))
            Assert.Equal(["ticketTypeId"], (await foreign.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());

        await organizer.CancelEventAsync(other.Id, "The band split up.");
        await Eventually.Until(async () =>
        {
            using var cancelled = await cleo.PostJoinAsync(new { occurrenceId = other.OccurrenceId, ticketTypeId = other.Standard, quantity = 1 }, Guid.NewGuid().ToString());
            return cancelled.StatusCode;
        }, status => status == HttpStatusCode.UnprocessableEntity, "joining a cancelled event's line to be refused");

        using (var claimWithoutKey = await cleo.PostClaimAsync(Guid.NewGuid(), null))
            Assert.Contains("idempotencyKey", (await claimWithoutKey.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        using (var claimUnknown = await cleo.PostClaimAsync(Guid.NewGuid(), key))
            Assert.Equal(HttpStatusCode.NotFound, claimUnknown.StatusCode);
        using (var leaveUnknown = await cleo.LeaveAsync(Guid.NewGuid()))
            Assert.Equal(HttpStatusCode.NotFound, leaveUnknown.StatusCode);
    }
}
