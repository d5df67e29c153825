using Platform.Foundation.Tests.EndToEnd.Booking;
using Platform.Testing;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

// One crash test's event on the crash tests' platform: a few hundred Standard seats and some Premium ones.
// Its ledger reads only this event's bookings and their payments.
internal sealed class CrashPlatform
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

    public static async Task<CrashPlatform> OnAsync(PlatformUnderTest platform, string organizerName)
    {
        var organizer = await Organizer.CreateAsync(platform, organizerName);
        var concert = await organizer.PublishEventAsync(new EventPlan(StandardCapacity, PremiumCapacity));
        return new CrashPlatform(platform, organizer, concert)
        {
            BookingsDb = await platform.ConnectionStringAsync("bookingsdb"),
            PaymentsDb = await platform.ConnectionStringAsync("paymentsdb"),
        };
    }
}
