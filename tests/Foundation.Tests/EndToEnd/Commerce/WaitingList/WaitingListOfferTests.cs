using System.Net;
using System.Net.Http.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

[Collection(BookingPlatformCollection.Name)]
public sealed class WaitingListOfferTests(BookingPlatformFixture fixture)
{
    public const string OfferSubject = "are held for you";
    public const string LapseSubject = "has lapsed";

    [Fact]
    public async Task Seats_freed_by_a_declined_payment_are_offered_to_the_first_in_line_who_claims_and_pays_for_them()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Riverside Opera");
        var opera = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 3));
        var payer = await Shopper.SignUpAsync(fixture.Platform, "Pat Declined");
        var wendy = await Shopper.SignUpAsync(fixture.Platform, "Wendy First");
        var walt = await Shopper.SignUpAsync(fixture.Platform, "Walt Second");
        var passerby = await Shopper.SignUpAsync(fixture.Platform, "Pia Passerby");

        var doomed = await payer.BookAsync(opera.OccurrenceId, (opera.Standard, 3));
        var first = await wendy.JoinAsync(opera.OccurrenceId, opera.Standard, 2);
        var second = await walt.JoinAsync(opera.OccurrenceId, opera.Standard, 2);
        using (var declined = await payer.PayAsync(doomed, "tok_decline"))
            Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        await payer.WaitForBookingAsync(doomed.Id, "Failed");

        var offered = await wendy.WaitForEntryAsync(first.Id, "Offered");
        Assert.Equal($"/api/bookings/waiting-list/{first.Id}/claim", offered.ClaimUrl);
        Assert.True(offered.OfferExpiresAt > DateTimeOffset.UtcNow, $"offer already over: {offered}");
        var mail = await wendy.MailAsync(OfferSubject);
        Assert.Contains(opera.Title, mail.Subject);
        Assert.Contains(offered.ClaimUrl!, mail.TextBody);
        // Strictly in order: the third seat is not enough for Walt, and the public cannot take it from the line.
        // Wendy's open offer still stands ahead of him.
        Assert.Equal(("Waiting", 2), ((await walt.EntryAsync(second.Id)).Status, (await walt.EntryAsync(second.Id)).Position));
        Assert.Equal((2, 0), Counts(await organizer.AttendanceAsync(opera.OccurrenceId), opera.Standard));
        using (var refused = await passerby.PostBookingAsync(Shopper.Order(opera.OccurrenceId, (opera.Standard, 1)), Guid.NewGuid().ToString()))
            Assert.Equal(0, (await refused.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("seatsLeft").GetInt32());

        var booking = await wendy.ClaimAsync(first.Id);
        Assert.Equal((2, 2 * EventPlan.StandardPrice), (Assert.Single(booking.Lines).Quantity, booking.Total));
        // The booking took over the offer's seats: nothing was held a second time.
        Assert.Equal((2, 0), Counts(await organizer.AttendanceAsync(opera.OccurrenceId), opera.Standard));
        using (var again = await wendy.PostClaimAsync(first.Id, Guid.NewGuid().ToString()))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(booking.Id, (await again.Content.ReadFromJsonAsync<BookingView>())!.Id);
        }

        using (var paid = await wendy.PayAsync(booking, "tok_success"))
            Assert.True(paid.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(paid));
        await wendy.WaitForBookingAsync(booking.Id, "Confirmed");
        Assert.Equal(2, (await wendy.TicketsAsync(booking.Id)).Count);
        Assert.Equal((0, 2), Counts(await organizer.AttendanceAsync(opera.OccurrenceId), opera.Standard));
        var claimed = await wendy.EntryAsync(first.Id);
        Assert.Equal(("Claimed", booking.Id), (claimed.Status, claimed.BookingId));
        Assert.Equal(("Waiting", 1), ((await walt.EntryAsync(second.Id)).Status, (await walt.EntryAsync(second.Id)).Position));
    }

    [Fact]
    public async Task An_unclaimed_offer_lapses_with_an_email_and_passes_to_the_next_in_line_and_leaving_an_offer_frees_its_seat_at_once()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Lantern Cabaret");
        var cabaret = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1));
        var payer = await Shopper.SignUpAsync(fixture.Platform, "Pam Declined");
        var uma = await Shopper.SignUpAsync(fixture.Platform, "Uma Absent");
        var vic = await Shopper.SignUpAsync(fixture.Platform, "Vic Next");
        var walkIn = await Shopper.SignUpAsync(fixture.Platform, "Wes Walk-in");

        var doomed = await payer.BookAsync(cabaret.OccurrenceId, (cabaret.Standard, 1));
        var umaEntry = await uma.JoinAsync(cabaret.OccurrenceId, cabaret.Standard, 1);
        var vicEntry = await vic.JoinAsync(cabaret.OccurrenceId, cabaret.Standard, 1);
        using (var declined = await payer.PayAsync(doomed, "tok_decline"))
            Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);

        var offer = await uma.WaitForEntryAsync(umaEntry.Id, "Offered");
        await uma.MailAsync(OfferSubject);
        await uma.WaitForEntryAsync(umaEntry.Id, "Lapsed", TimeSpan.FromSeconds(30));
        Assert.True(DateTimeOffset.UtcNow >= offer.OfferExpiresAt, $"lapsed before its offer ended: {offer}");
        Assert.Contains(cabaret.Title, (await uma.MailAsync(LapseSubject)).Subject);
        using (var late = await uma.PostClaimAsync(umaEntry.Id, Guid.NewGuid().ToString()))
            Assert.Equal("offer_lapsed", (await late.ProblemAsync(HttpStatusCode.Conflict)).Reason());

        await vic.WaitForEntryAsync(vicEntry.Id, "Offered");
        await vic.MailAsync(OfferSubject);
        Assert.Equal((1, 0), Counts(await organizer.AttendanceAsync(cabaret.OccurrenceId), cabaret.Standard));

        using (var left = await vic.LeaveAsync(vicEntry.Id))
            Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.Equal((0, 0), Counts(await organizer.AttendanceAsync(cabaret.OccurrenceId), cabaret.Standard));
        // Nobody waits any more: the seat is the public's again.
        await walkIn.BookAsync(cabaret.OccurrenceId, (cabaret.Standard, 1));
        using var tooLate = await vic.PostClaimAsync(vicEntry.Id, Guid.NewGuid().ToString());
        Assert.Equal("left", (await tooLate.ProblemAsync(HttpStatusCode.Conflict)).Reason());
    }

    [Fact]
    public async Task Raising_the_capacity_through_the_organizer_api_offers_the_new_seats_to_the_line()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Extra Chairs Theatre");
        var play = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1));
        var buyer = await Shopper.SignUpAsync(fixture.Platform, "Bo Bought");
        var quinn = await Shopper.SignUpAsync(fixture.Platform, "Quinn Queued");

        await buyer.BuyAsync(play.OccurrenceId, (play.Standard, 1));
        var entry = await quinn.JoinAsync(play.OccurrenceId, play.Standard, 1);

        using (var raised = await organizer.SendAsync(HttpMethod.Put, $"{play.Id}/ticket-types/{play.Standard}/capacity", new { capacity = 2 }))
            Assert.True(raised.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(raised));

        await quinn.WaitForEntryAsync(entry.Id, "Offered");
        await quinn.MailAsync(OfferSubject);
        var counts = (await organizer.AttendanceAsync(play.OccurrenceId))!.Of(play.Standard);
        Assert.Equal((2, 1, 1, 0), (counts.Capacity, counts.Held, counts.Sold, counts.Remaining));
    }

    static (int Held, int Sold) Counts(AttendanceView? attendance, Guid ticketTypeId)
    {
        var counts = attendance!.Of(ticketTypeId);
        Assert.True(counts.Held + counts.Sold <= counts.Capacity && counts.Held >= 0 && counts.Sold >= 0, $"counter invariant broken: {counts}");
        return (counts.Held, counts.Sold);
    }
}
