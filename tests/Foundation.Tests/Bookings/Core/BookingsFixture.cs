using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

// One Bookings service per test class; every test feeds its own event, so tests never share counters.
public sealed class BookingsFixture : IAsyncLifetime
{
    public BookingsUnderTest Service { get; private set; } = null!;

    public async Task InitializeAsync() => Service = await BookingsUnderTest.StartAsync();

    public async Task DisposeAsync() => await Service.DisposeAsync();
}
