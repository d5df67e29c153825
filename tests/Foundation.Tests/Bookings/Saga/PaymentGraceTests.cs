using Bookings.Service.Domain;
using Platform.Contracts.Bookings;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class PaymentGraceTests
{
    [Fact]
    public async Task Payment_reported_just_after_the_hold_ran_out_still_confirms_within_the_grace()
    {
        await using var service = await BookingsUnderTest.StartAsync(new Dictionary<string, string?> { ["Bookings:Saga:PaymentGrace"] = "00:00:20" });
        var scenario = await new SagaScenario(service).WithCounterAsync();
        var seed = await scenario.BookAsync(quantity: 2, holdFor: TimeSpan.FromSeconds(1));

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(BookingStatus.AwaitingPayment, (await service.BookingAsync(seed.Id)).Status);
        await scenario.PaymentSucceededAsync(seed);

        await service.Published.SingleAsync<BookingConfirmed>(c => c.Booking.BookingId == seed.Id);
        Assert.Equal(BookingStatus.Confirmed, (await service.BookingAsync(seed.Id)).Status);
        Assert.Empty(service.Published.Of<BookingExpired>(e => e.Booking.BookingId == seed.Id));
        var counter = await service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 2), (counter.Held, counter.Sold));
    }

    [Fact]
    public async Task Hold_expires_once_the_grace_after_it_has_passed()
    {
        await using var service = await BookingsUnderTest.StartAsync(new Dictionary<string, string?> { ["Bookings:Saga:PaymentGrace"] = "00:00:02" });
        var scenario = await new SagaScenario(service).WithCounterAsync();
        var seed = await scenario.BookAsync(quantity: 1, holdFor: TimeSpan.FromSeconds(1));

        var expired = await service.Published.SingleAsync<BookingExpired>(e => e.Booking.BookingId == seed.Id);

        Assert.True(expired.OccurredAt >= seed.Booking.HoldExpiresAt + TimeSpan.FromSeconds(2), "expired only after the grace");
        Assert.Equal(BookingStatus.Expired, (await service.BookingAsync(seed.Id)).Status);
    }
}
