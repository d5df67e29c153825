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
}
