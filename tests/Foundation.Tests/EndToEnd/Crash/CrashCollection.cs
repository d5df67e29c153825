using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

// The crash tests share a platform of their own, with its own PostgreSQL and RabbitMQ (a killed service or server
// must not disturb other tests), and run after every other test, one at a time: all two cores can take. Each test
// kills a different service or server and proves its own event settled, so the next one finds the platform whole again.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection : ICollectionFixture<CrashPlatformFixture>
{
    public const string Name = "crash";
}

public sealed class CrashPlatformFixture : IAsyncLifetime
{
    // Long enough for a payer to outlast a restart (RabbitMQ's took 38-48 s on two busy cores, and a 45 s hold then
    // expired every booking before its payment got through); the unpaid still expire within a test.
    public static readonly TimeSpan HoldDuration = TimeSpan.FromSeconds(75);

    public PlatformUnderTest Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await PlatformUnderTest.StartAsync(SharedPlatformSettings.With(new Dictionary<string, string?>
    {
        ["Bookings:HoldDuration"] = HoldDuration.ToString("c"),
        // A slow card keeps a charge in flight long enough to be cut by a kill of Payments.
        ["Payments:Simulated:LateDelay"] = "00:00:03",
        // What a kill of Payments leaves in Processing is recovered within the test.
        ["Payments:StuckAfter"] = "00:00:05",
        ["Payments:WorkerPollInterval"] = "00:00:01",
    }), ownServers: ["postgres", "rabbitmq"]);

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
