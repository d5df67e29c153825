using Bookings.Service.Domain;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class HoldExpiryRestartTests
{
    [Fact]
    public async Task Hold_that_ran_out_while_bookings_was_down_expires_after_it_starts()
    {
        await using var service = await BookingsUnderTest.StartAsync();
        var scenario = await new SagaScenario(service).WithCounterAsync();
        var seed = await scenario.BookAsync(quantity: 3, holdFor: TimeSpan.FromSeconds(4));

        await service.RestartAsync(whileDown: () => Task.Delay(TimeSpan.FromSeconds(5)));

        Assert.True(DateTimeOffset.UtcNow > seed.Booking.HoldExpiresAt, "the hold ran out while the service was stopped");
        var expired = await service.Published.SingleAsync<BookingExpired>(e => e.Booking.BookingId == seed.Id);
        Assert.Equal(seed.Booking.HoldExpiresAt, expired.HoldExpiredAt);
        await service.Published.SingleAsync<CancelPayment>(c => c.BookingId == seed.Id);
        Assert.Equal(BookingStatus.Expired, (await service.BookingAsync(seed.Id)).Status);
        var counter = await service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 0), (counter.Held, counter.Sold));
    }
}
