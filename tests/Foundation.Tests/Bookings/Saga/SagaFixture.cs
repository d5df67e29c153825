using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

// One Bookings service shared by a test class; every test books on an event of its own.
public sealed class SagaFixture : IAsyncLifetime
{
    public BookingsUnderTest Service { get; private set; } = null!;

    public async Task InitializeAsync() => Service = await BookingsUnderTest.StartAsync();

    public async Task DisposeAsync() => await Service.DisposeAsync();

    public async Task<SagaScenario> ScenarioAsync(int capacity = SagaScenario.Capacity, TimeSpan? startsIn = null) =>
        await new SagaScenario(Service) { StartsIn = startsIn ?? TimeSpan.FromDays(10) }.WithCounterAsync(capacity);
}
