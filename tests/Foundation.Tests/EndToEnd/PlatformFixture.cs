using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// One whole platform for the end-to-end account tests. Every test signs in from 127.0.0.1 and a few users
// make many calls, so the gateway's per-IP, per-user and booking budgets are raised here; the throttling
// test starts its own platform.
public sealed class PlatformFixture : IAsyncLifetime
{
    public PlatformUnderTest Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await PlatformUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["Gateway:CredentialPermitLimit"] = "1000",
        ["Gateway:PerIpPermitLimit"] = "10000",
        ["Gateway:PerUserPermitLimit"] = "10000",
        ["Gateway:BookingPermitLimit"] = "10000",
        // Mail is handed to the SMTP sink within a second instead of the default poll.
        ["Notifications:PollInterval"] = "00:00:00.500",
    });

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "end-to-end platform";
}
