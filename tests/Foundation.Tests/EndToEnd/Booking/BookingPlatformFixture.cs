using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

// One whole platform for the booking journeys. Holds last 20 s: long enough to book, pay and have
// PaymentSucceeded reach Bookings on a loaded 2-core machine (15 s once was not, with the whole suite
// running beside it), short enough to wait out.
// A late card answers after 30 s, so it lands after its hold and the payment grace (5 s) ended.
public sealed class BookingPlatformFixture : IAsyncLifetime
{
    public static readonly TimeSpan HoldDuration = TimeSpan.FromSeconds(20);

    public PlatformUnderTest Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await PlatformUnderTest.StartAsync(SharedPlatformSettings.With(new Dictionary<string, string?>
    {
        ["Bookings:HoldDuration"] = HoldDuration.ToString("c"),
        ["Payments:Simulated:LateDelay"] = "00:00:30",
        // The late card must still answer within one attempt.
        ["Payments:Resilience:AttemptTimeout"] = "00:00:40",
        // The unavailable-provider journey must not open the breaker for the journeys after it.
        ["Payments:Resilience:BreakerMinimumThroughput"] = "1000",
        // Offers come quickly and lapse within a test's patience.
        ["Bookings:WaitingList:PollInterval"] = "00:00:00.200",
        ["Bookings:WaitingList:ClaimWindow"] = "00:00:08",
    }));

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BookingPlatformCollection : ICollectionFixture<BookingPlatformFixture>
{
    public const string Name = "booking platform";
}
