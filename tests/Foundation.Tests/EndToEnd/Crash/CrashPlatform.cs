using Platform.Foundation.Tests.EndToEnd.Booking;
using Platform.Testing;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

// A platform of its own for one crash test (a killed service must not disturb other tests), with one
// event on sale: a few hundred Standard seats and some Premium ones.
internal sealed class CrashPlatform : IAsyncDisposable
{
    public const int StandardCapacity = 300;
    public const int PremiumCapacity = 40;

    CrashPlatform(PlatformUnderTest platform, Organizer organizer, PublishedEvent concert)
    {
        Platform = platform;
        Organizer = organizer;
        Concert = concert;
    }

    public PlatformUnderTest Platform { get; }

    public Organizer Organizer { get; }

    public PublishedEvent Concert { get; }

    public string BookingsDb { get; private init; } = "";

    public string PaymentsDb { get; private init; } = "";

    public static async Task<CrashPlatform> StartAsync(TimeSpan holdDuration, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:CredentialPermitLimit"] = "1000",
            ["Gateway:PerIpPermitLimit"] = "10000",
            ["Gateway:PerUserPermitLimit"] = "10000",
            ["Gateway:BookingPermitLimit"] = "10000",
            ["Notifications:PollInterval"] = "00:00:00.500",
            ["Bookings:HoldDuration"] = holdDuration.ToString("c"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        var platform = await PlatformUnderTest.StartAsync(settings);
        try
        {
            var organizer = await Organizer.CreateAsync(platform, "Crash Course Concerts");
            var concert = await organizer.PublishEventAsync(new EventPlan(StandardCapacity, PremiumCapacity));
            return new CrashPlatform(platform, organizer, concert)
            {
                BookingsDb = await platform.ConnectionStringAsync("bookingsdb"),
                PaymentsDb = await platform.ConnectionStringAsync("paymentsdb"),
            };
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Platform.DisposeAsync();
}
