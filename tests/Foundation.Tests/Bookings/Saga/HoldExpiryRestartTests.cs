using Bookings.Service.Domain;
using Microsoft.Extensions.Time.Testing;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

// Bookings runs on a fake clock: the ten-minute hold runs out while the service is stopped, at once.
public sealed class HoldExpiryRestartTests
{
    [Fact]
    public async Task Hold_that_ran_out_while_bookings_was_down_expires_after_it_starts()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var service = await BookingsUnderTest.StartAsync(clock: clock);
        var scenario = await new SagaScenario(service).WithCounterAsync();
        var seed = await scenario.BookAsync(quantity: 3, holdFor: TimeSpan.FromMinutes(10));

        await service.RestartAsync(whileDown: () =>
        {
            clock.Advance(TimeSpan.FromMinutes(11));
            return Task.CompletedTask;
        });

        Assert.True(clock.GetUtcNow() > seed.Booking.HoldExpiresAt, "the hold ran out while the service was stopped");
        var expired = await service.Published.SingleAsync<BookingExpired>(e => e.Booking.BookingId == seed.Id);
        Assert.Equal(seed.Booking.HoldExpiresAt, expired.HoldExpiredAt);
        await service.Published.SingleAsync<CancelPayment>(c => c.BookingId == seed.Id);
        Assert.Equal(BookingStatus.Expired, (await service.BookingAsync(seed.Id)).Status);
        var counter = await service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 0), (counter.Held, counter.Sold));
    }
}
