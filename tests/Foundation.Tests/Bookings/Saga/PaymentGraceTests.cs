using Bookings.Service.Domain;
using Microsoft.Extensions.Time.Testing;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

// A payment reported just after its hold ran out still counts within the grace; after the grace the hold expires.
// Bookings runs on a fake clock the test advances: holds of minutes pass at once. A witness booking whose grace has
// run out expires in the same pass, which shows the expiry worker looked at the clock the test set.
public sealed class PaymentGraceTests
{
    static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);
    static readonly TimeSpan Hold = TimeSpan.FromMinutes(10);
    static readonly TimeSpan WitnessHold = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Payment_reported_just_after_the_hold_ran_out_still_confirms_within_the_grace()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var service = await StartAsync(clock);
        var scenario = await new SagaScenario(service).WithCounterAsync();
        var seed = await scenario.BookAsync(quantity: 2, holdFor: Hold);
        var witness = await scenario.BookAsync(quantity: 1, holdFor: WitnessHold);

        // A minute past the hold: inside the grace, past the witness's.
        clock.Advance(Hold + TimeSpan.FromMinutes(1));
        await service.WaitForStatusAsync(witness.Id, BookingStatus.Expired);
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
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var service = await StartAsync(clock);
        var scenario = await new SagaScenario(service).WithCounterAsync();
        var seed = await scenario.BookAsync(quantity: 1, holdFor: Hold);
        var witness = await scenario.BookAsync(quantity: 1, holdFor: WitnessHold);

        clock.Advance(Hold + Grace - TimeSpan.FromMinutes(1));
        await service.WaitForStatusAsync(witness.Id, BookingStatus.Expired);
        Assert.Equal(BookingStatus.AwaitingPayment, (await service.BookingAsync(seed.Id)).Status);

        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await service.Published.SingleAsync<BookingExpired>(e => e.Booking.BookingId == seed.Id);

        Assert.True(expired.OccurredAt >= seed.Booking.HoldExpiresAt + Grace, "expired only after the grace");
        Assert.Equal(BookingStatus.Expired, (await service.BookingAsync(seed.Id)).Status);
    }

    static Task<BookingsUnderTest> StartAsync(FakeTimeProvider clock) =>
        BookingsUnderTest.StartAsync(new Dictionary<string, string?> { ["Bookings:Saga:PaymentGrace"] = Grace.ToString("c") }, clock);
}
