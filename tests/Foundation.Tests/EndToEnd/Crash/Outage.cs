namespace Platform.Foundation.Tests.EndToEnd.Crash;

// A server's outage as the figures the faults note reports: how long it was gone (kill to healthy again), the
// longest request a client waited on while it was, and how soon after it came back a booking and a confirm got through.
internal sealed record Outage(string Server, TimeSpan Length, TimeSpan LongestRequest, int RequestsDuring, int FailedDuring,
    TimeSpan? FirstBookingAfter, TimeSpan? FirstConfirmAfter)
{
    public static Outage Of(string server, DateTime killedAt, DateTime healthyAt, Calls calls)
    {
        var all = calls.All;
        var during = all.Where(c => c.SentAt < healthyAt && c.EndedAt > killedAt).ToList();
        TimeSpan? FirstAfter(string what) =>
            all.Where(c => c.What == what && c.Succeeded && c.EndedAt >= healthyAt).Select(c => (TimeSpan?)(c.EndedAt - healthyAt)).Min();
        return new Outage(server, healthyAt - killedAt, during.Select(c => c.Took).DefaultIfEmpty().Max(), during.Count,
            during.Count(c => c.Failed), FirstAfter(Call.Booking), FirstAfter(Call.Confirm));
    }

    public override string ToString() =>
        $"{Server} outage {Length.TotalSeconds:0.0} s (kill to healthy again); longest request during it {LongestRequest.TotalSeconds:0.0} s "
        + $"({RequestsDuring} requests overlapped it, {FailedDuring} of them failed); after it: first booking in {Seconds(FirstBookingAfter)}, "
        + $"first confirm in {Seconds(FirstConfirmAfter)}";

    static string Seconds(TimeSpan? span) => span is { } s ? $"{s.TotalSeconds:0.0} s" : "none";
}
