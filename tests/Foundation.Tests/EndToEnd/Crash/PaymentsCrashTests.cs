using System.Diagnostics;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

[Collection(CrashCollection.Name)]
public sealed class PaymentsCrashTests(CrashPlatformFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Payments_killed_with_charges_in_flight_restarts_and_every_booking_ends_with_seats_money_and_email_adding_up()
    {
        // The platform's slow card (3 s) keeps a charge in flight long enough to be cut by the kill.
        var platform = await CrashPlatform.OnAsync(fixture.Platform, "Card Crash Concerts");
        var crowd = await Crowd.SignUpAsync(platform, Crowd.Deal(40, ("tok_success", 5), ("tok_success_late", 1), ("tok_decline", 2), (null, 2)));
        var clock = Stopwatch.StartNew();
        var journeys = crowd.RunAsync(platform.Concert.OccurrenceId, TimeSpan.FromMilliseconds(250), DateTime.UtcNow + TimeSpan.FromMinutes(3));

        // Kill while a charge is being made and a good share of the confirms have been sent. On a saturated
        // machine every charge can still be in flight then, so wait also for one settled charge whose
        // confirmation must survive.
        var atKill = await Eventually.Until(() => Ledger.ReadAsync(platform),
            ledger => crowd.Confirming >= 10 && ledger.Payments.Any(p => p.Status == "Processing") && ledger.Payments.Any(p => p.Status == "Succeeded"),
            "a charge in flight", TimeSpan.FromSeconds(90));
        await platform.Platform.KillAsync("payments");
        output.WriteLine($"{clock.Elapsed:mm\\:ss} killed Payments with {crowd.Confirming} confirms started; {atKill}");

        await Task.Delay(TimeSpan.FromSeconds(2));
        await platform.Platform.StartAgainAsync("payments");
        output.WriteLine($"{clock.Elapsed:mm\\:ss} Payments healthy again");

        await journeys;
        output.WriteLine($"{clock.Elapsed:mm\\:ss} every buyer answered; confirms: {string.Join(", ", crowd.Buyers.GroupBy(b => $"{b.CardToken ?? "unpaid"} {b.ConfirmAnswer ?? "-"}").Select(g => $"{g.Key} x{g.Count()}"))}; confirm retries {crowd.Buyers.Sum(b => b.ConfirmRetries)}");
        var settled = await CrashAudit.ProveAsync(platform, crowd, TimeSpan.FromSeconds(120));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} proved: {settled}");
        Assert.Contains(settled.Bookings, b => b.Status == "Confirmed");
        Assert.Contains(crowd.Buyers, b => b.ConfirmRetries > 0);
    }
}
