using Xunit;

namespace Platform.Foundation.Tests.Catalog;

// One Events instance shared by a test class whose tests each use their own organizations.
public sealed class EventsFixture : IAsyncLifetime
{
    public EventsUnderTest Events { get; private set; } = null!;

    public async Task InitializeAsync() => Events = await EventsUnderTest.StartAsync();

    public async Task DisposeAsync() => await Events.DisposeAsync();
}
