using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// One whole platform for the end-to-end account and gateway tests, with the shared platforms' raised budgets.
public sealed class PlatformFixture : IAsyncLifetime
{
    public PlatformUnderTest Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await PlatformUnderTest.StartAsync(SharedPlatformSettings.With(new Dictionary<string, string?>()));

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "end-to-end platform";
}
