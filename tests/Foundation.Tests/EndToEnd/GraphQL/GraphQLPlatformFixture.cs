using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

// One whole platform for the GraphQL journeys, budgets raised like the booking journeys' (every test
// calls from 127.0.0.1). The gateway reports its downstream calls per request so batching can be counted.
public sealed class GraphQLPlatformFixture : IAsyncLifetime
{
    public PlatformUnderTest Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await PlatformUnderTest.StartAsync(SharedPlatformSettings.With(new Dictionary<string, string?>
    {
        ["Gateway:GraphQL:ReportDownstreamCalls"] = "true",
        ["Bookings:HoldDuration"] = "00:01:00",
        ["Bookings:WaitingList:PollInterval"] = "00:00:00.200",
    }));

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class GraphQLPlatformCollection : ICollectionFixture<GraphQLPlatformFixture>
{
    public const string Name = "graphql platform";
}
