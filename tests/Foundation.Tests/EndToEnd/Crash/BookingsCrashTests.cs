using System.Diagnostics;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

[Collection(CrashCollection.Name)]
public sealed class BookingsCrashTests(CrashPlatformFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Bookings_killed_with_sagas_in_flight_restarts_and_every_booking_ends_with_seats_money_and_email_adding_up()
    {
        var platform = await CrashPlatform.OnAsync(fixture.Platform, "Crash Course Concerts");
        var crowd = await Crowd.SignUpAsync(platform, Crowd.Deal(40, ("tok_success", 6), ("tok_decline", 2), (null, 2)));
        var clock = Stopwatch.StartNew();
        var journeys = crowd.RunAsync(platform.Concert.OccurrenceId, TimeSpan.FromMilliseconds(250), DateTime.UtcNow + TimeSpan.FromMinutes(3));

        // About half have booked and the first are paying: sagas at every step when the process dies.
        await Eventually.Until(() => Task.FromResult(crowd.Placed), placed => placed >= 20, "half the crowd to book", TimeSpan.FromSeconds(60));
        await platform.Platform.KillAsync("bookings");
        var atKill = await Ledger.ReadAsync(platform);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} killed Bookings with {crowd.Confirming} confirms started; {atKill}");
        Assert.Contains(atKill.Bookings, b => b.Status == "AwaitingPayment");

        await Task.Delay(TimeSpan.FromSeconds(2));
        await platform.Platform.StartAgainAsync("bookings");
        output.WriteLine($"{clock.Elapsed:mm\\:ss} Bookings healthy again");

        await journeys;
        output.WriteLine($"{clock.Elapsed:mm\\:ss} every buyer answered; confirms: {string.Join(", ", crowd.Buyers.GroupBy(b => b.ConfirmAnswer ?? "none").Select(g => $"{g.Key} x{g.Count()}"))}");
        var settled = await CrashAudit.ProveAsync(platform, crowd, TimeSpan.FromSeconds(120));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} proved: {settled}");
        Assert.Contains(settled.Bookings, b => b.Status == "Confirmed");
    }
}
