using System.Net;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

[Collection(BookingPlatformCollection.Name)]
public sealed class CancelledEventWaitingListTests(BookingPlatformFixture fixture)
{
    const string ClosedSubject = "you are no longer on its waiting list";

    [Fact]
    public async Task Cancelling_the_event_closes_its_waiting_list_releases_offered_seats_and_tells_everyone_in_line()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Storm Coast Festival");
        var festival = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1));
        var payer = await Shopper.SignUpAsync(fixture.Platform, "Pip Declined");
        var olive = await Shopper.SignUpAsync(fixture.Platform, "Olive Offered");
        var wade = await Shopper.SignUpAsync(fixture.Platform, "Wade Waiting");

        var doomed = await payer.BookAsync(festival.OccurrenceId, (festival.Standard, 1));
        var oliveEntry = await olive.JoinAsync(festival.OccurrenceId, festival.Standard, 1);
        var wadeEntry = await wade.JoinAsync(festival.OccurrenceId, festival.Standard, 1);
        using (var declined = await payer.PayAsync(doomed, "tok_decline"))
            Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        await olive.WaitForEntryAsync(oliveEntry.Id, "Offered");
        Assert.Equal(1, (await organizer.AttendanceAsync(festival.OccurrenceId))!.Of(festival.Standard).Held);

        await organizer.CancelEventAsync(festival.Id, "The storm flooded the venue.");

        var closed = await olive.WaitForEntryAsync(oliveEntry.Id, "Closed");
        Assert.Equal((null, null), (closed.Position, closed.ClaimUrl));
        Assert.Equal("Closed", (await wade.WaitForEntryAsync(wadeEntry.Id, "Closed")).Status);
        Assert.Equal(0, (await organizer.AttendanceAsync(festival.OccurrenceId))!.Of(festival.Standard).Held);
        var oliveMail = await olive.MailAsync(ClosedSubject);
        Assert.Contains(festival.Title, oliveMail.Subject);
        Assert.Contains("held for your offer were released", oliveMail.TextBody);
        Assert.Contains("the event was cancelled", (await wade.MailAsync(ClosedSubject)).TextBody);

        using (var claim = await olive.PostClaimAsync(oliveEntry.Id, Guid.NewGuid().ToString()))
            Assert.Equal("closed", (await claim.ProblemAsync(HttpStatusCode.Conflict)).Reason());
        using (var leave = await wade.LeaveAsync(wadeEntry.Id))
            Assert.Equal("not_in_line", (await leave.ProblemAsync(HttpStatusCode.Conflict)).Reason());
        var line = await organizer.WaitingListAsync(festival.Id, "?status=Closed");
        Assert.Equal(2, line.TotalCount);
        Assert.Empty(line.Summary);
    }

    [Fact]
    public async Task Cancelling_one_date_closes_only_that_dates_waiting_list()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Two Nights Theatre");
        var run = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1, Occurrences: 2));
        var (first, second) = (run.OccurrenceIds[0], run.OccurrenceIds[1]);
        var buyer = await Shopper.SignUpAsync(fixture.Platform, "Bo Both-Nights");
        var ada = await Shopper.SignUpAsync(fixture.Platform, "Ada First-Night");
        var bob = await Shopper.SignUpAsync(fixture.Platform, "Bob Second-Night");

        await buyer.BookAsync(first, (run.Standard, 1));
        await buyer.BookAsync(second, (run.Standard, 1));
        var adaEntry = await ada.JoinAsync(first, run.Standard, 1);
        var bobEntry = await bob.JoinAsync(second, run.Standard, 1);

        using (var cancelled = await organizer.SendAsync(HttpMethod.Post, $"{run.Id}/occurrences/{first}/cancel", new { reason = "The lead actor is ill." }))
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));

        await ada.WaitForEntryAsync(adaEntry.Id, "Closed");
        Assert.Contains("this date of the event was cancelled", (await ada.MailAsync(ClosedSubject)).TextBody);
        var untouched = await bob.EntryAsync(bobEntry.Id);
        Assert.Equal(("Waiting", 1), (untouched.Status, untouched.Position));
        var line = Assert.Single((await organizer.WaitingListAsync(run.Id)).Summary);
        Assert.Equal((second, 1, 1), (line.OccurrenceId, line.Waiting, line.SeatsWanted));
    }
}
