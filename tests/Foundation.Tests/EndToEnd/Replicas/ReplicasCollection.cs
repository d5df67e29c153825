using Platform.AppHost.Platform;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Replicas;

// Bookings and Payments as two processes each behind Aspire's proxy, on a platform of their own: the replicas'
// request logs must hold only this collection's traffic, and the hot drop must not crowd other tests.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReplicasCollection : ICollectionFixture<ReplicasPlatformFixture>
{
    public const string Name = "replicas";
}

public sealed class ReplicasPlatformFixture : IAsyncLifetime
{
    // Long enough for thirty payers to pay and be confirmed on a loaded 2-core machine (at 20 s with a 1 s grace one
    // payment once reached Bookings after its hold and was refunded); the unpaid still expire within the test.
    public static readonly TimeSpan HoldDuration = TimeSpan.FromSeconds(30);

    public PlatformUnderTest Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await PlatformUnderTest.StartAsync(SharedPlatformSettings.With(new Dictionary<string, string?>
    {
        ["Bookings:HoldDuration"] = HoldDuration.ToString("c"),
        // Each replica logs the requests it answered: the proof that the proxy spread them.
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
    }), replicas: new PlatformReplicas { Bookings = 2, Payments = 2 });

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
