using System.Net;
using System.Net.Http.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

[Collection(BookingPlatformCollection.Name)]
public sealed class LastSeatRaceTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task The_last_seat_coming_back_goes_to_the_first_in_line_not_to_public_buyers_racing_for_it_and_a_doubled_claim_books_once()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Last Seat Arena");
        var match = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1));
        var payer = await Shopper.SignUpAsync(fixture.Platform, "Pete Declined");
        var yara = await Shopper.SignUpAsync(fixture.Platform, "Yara First");
        var zed = await Shopper.SignUpAsync(fixture.Platform, "Zed Second");
        var racers = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Shopper.SignUpAsync(fixture.Platform, $"Racer {i}")));

        var doomed = await payer.BookAsync(match.OccurrenceId, (match.Standard, 1));
        var yaraEntry = await yara.JoinAsync(match.OccurrenceId, match.Standard, 1);
        var zedEntry = await zed.JoinAsync(match.OccurrenceId, match.Standard, 1);
        await payer.WaitForPaymentAsync(doomed.Payment.PaymentId);

        // Public buyers hammer the ticket type while the seat comes back and the worker offers it. (The rule that
        // keeps a returned seat for the line is proven without a race in WaitingLineFirstTests.)
        using var stop = new CancellationTokenSource();
        var publicWins = 0;
        var publicTries = 0;
        var attempts = racers.Select(async racer =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var attempt = await racer.PostBookingAsync(Shopper.Order(match.OccurrenceId, (match.Standard, 1)), Guid.NewGuid().ToString());
                Interlocked.Increment(ref publicTries);
                if (attempt.StatusCode == HttpStatusCode.Created)
                    Interlocked.Increment(ref publicWins);
                else
                    Assert.True(attempt.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(attempt));
            }
        }).ToList();
        using (var declined = await payer.PayAsync(doomed, "tok_decline"))
            Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        await yara.WaitForEntryAsync(yaraEntry.Id, "Offered");
        // Every racer tries again against the offered seat before the race ends.
        var triesAtOffer = Volatile.Read(ref publicTries);
        await Eventually.Until(() => Task.FromResult(Volatile.Read(ref publicTries)), tries => tries >= triesAtOffer + 2 * racers.Length,
            "the racers to try again after the offer");
        await stop.CancelAsync();
        await Task.WhenAll(attempts);

        Assert.Equal(0, publicWins);
        Assert.Equal(("Waiting", 2), ((await zed.EntryAsync(zedEntry.Id)).Status, (await zed.EntryAsync(zedEntry.Id)).Position));
        var counts = (await organizer.AttendanceAsync(match.OccurrenceId))!.Of(match.Standard);
        Assert.Equal((1, 1, 0, 0), (counts.Capacity, counts.Held, counts.Sold, counts.Remaining));

        // Two claims at once with different keys: one booking, both answers name it, one seat held.
        var claims = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => yara.PostClaimAsync(yaraEntry.Id, Guid.NewGuid().ToString())));
        var statuses = claims.Select(c => c.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], statuses);
        var bookingIds = new HashSet<Guid>();
        foreach (var claim in claims)
        {
            bookingIds.Add((await claim.Content.ReadFromJsonAsync<BookingView>())!.Id);
            claim.Dispose();
        }
        Assert.Single(bookingIds);
        using (var mine = await yara.GetAsync("/api/bookings"))
            Assert.Equal(1, (await mine.Content.ReadFromJsonAsync<BookingPageView>())!.TotalCount);
        counts = (await organizer.AttendanceAsync(match.OccurrenceId))!.Of(match.Standard);
        Assert.Equal((1, 0), (counts.Held, counts.Sold));
    }
}
