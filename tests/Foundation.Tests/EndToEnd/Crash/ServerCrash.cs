using System.Diagnostics;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

// One server crash mid-flow: a crowd half booked and starting to pay, the server killed, brought back by the
// AppHost, every journey finished and the whole event audited; then the platform is whole again for the next test.
internal static class ServerCrash
{
    /// <param name="resource">The AppHost resource to kill: "postgres" or "rabbitmq".</param>
    /// <param name="onceBack">What the test checks or reports as soon as the server is healthy again.</param>
    public static async Task<(CrashPlatform Platform, Outage Outage)> RunAsync(CrashPlatformFixture fixture, string organizerName,
        string resource, string server, ITestOutputHelper output, Func<CrashPlatform, Task<string>> onceBack)
    {
        var platform = await CrashPlatform.OnAsync(fixture.Platform, organizerName);
        var crowd = await Crowd.SignUpAsync(platform, Crowd.Deal(40, ("tok_success", 6), ("tok_decline", 2), (null, 2)));
        var clock = Stopwatch.StartNew();
        var journeys = crowd.RunAsync(platform.Concert.OccurrenceId, TimeSpan.FromMilliseconds(250), DateTime.UtcNow + TimeSpan.FromMinutes(3));

        // Half have booked and the first are paying: every service has work and messages in flight when it dies.
        await Eventually.Until(() => Task.FromResult((crowd.Placed, crowd.Confirming)), seen => seen.Placed >= 20 && seen.Confirming >= 3,
            "half the crowd to book and the first to pay", TimeSpan.FromSeconds(60));
        var atKill = await Ledger.ReadAsync(platform);
        var killedAt = DateTime.UtcNow;
        await platform.Platform.KillAsync(resource);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} killed {server} with {crowd.Placed} placed, {crowd.Confirming} confirms started; {atKill}");

        await platform.Platform.StartAgainAsync(resource);
        var healthyAt = DateTime.UtcNow;
        output.WriteLine($"{clock.Elapsed:mm\\:ss} {server} healthy again; {await onceBack(platform)}");

        await journeys;
        var outage = Outage.Of(server, killedAt, healthyAt, crowd.Calls);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} every buyer answered; {outage}");
        var settled = await CrashAudit.ProveAsync(platform, crowd, TimeSpan.FromSeconds(120), resource == "rabbitmq" ? healthyAt : null);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} invariants held: {settled}");
        await fixture.Platform.WaitUntilWholeAsync(TimeSpan.FromMinutes(2));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} every resource healthy");

        Assert.Contains(settled.Bookings, b => b.Status == "Confirmed");
        return (platform, outage);
    }
}
