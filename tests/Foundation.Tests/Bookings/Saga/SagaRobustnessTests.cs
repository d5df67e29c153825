using Bookings.Service.Domain;
using Bookings.Service.Tickets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsService;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class SagaRobustnessTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    [Fact]
    public async Task Duplicate_and_out_of_order_payment_messages_are_acknowledged_and_change_nothing()
    {
        var scenario = await fixture.ScenarioAsync();
        var confirmed = await scenario.ConfirmedAsync(quantity: 2);
        var expired = await scenario.BookAsync(quantity: 1, holdFor: TimeSpan.FromSeconds(1));
        await Service.WaitForStatusAsync(expired.Id, BookingStatus.Expired);
        var versions = (await Service.SagaAsync(confirmed.Id)).Version;

        // A second PaymentSucceeded (another message id: a provider retry), then a PaymentFailed after it.
        await scenario.PaymentSucceededAsync(confirmed);
        await scenario.PaymentFailedAsync(confirmed);
        // PaymentFailed after expiry, and a payment for a booking Bookings never saw.
        await scenario.PaymentFailedAsync(expired);
        await Service.PublishAsync(new PaymentSucceeded(Guid.CreateVersion7(), Guid.CreateVersion7(), 10m, "NOK", "Simulated", DateTimeOffset.UtcNow));
        // Consumed, or parked in an error queue after every retry: only then does an empty error queue mean anything.
        await Service.SettledAsync();

        Assert.Single(Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == confirmed.Id));
        Assert.Empty(Service.Published.Of<BookingFailed>(f => f.Booking.BookingId == confirmed.Id || f.Booking.BookingId == expired.Id));
        Assert.Empty(Service.Published.Of<RefundPayment>(r => r.BookingId == confirmed.Id));
        Assert.Equal(BookingStatus.Confirmed, (await Service.BookingAsync(confirmed.Id)).Status);
        Assert.Equal(BookingStatus.Expired, (await Service.BookingAsync(expired.Id)).Status);
        Assert.Equal(versions, (await Service.SagaAsync(confirmed.Id)).Version);
        Assert.Equal(2, await Service.QueryAsync(db => db.Set<Ticket>().CountAsync(t => t.BookingId == confirmed.Id)));
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 2), (counter.Held, counter.Sold));
        Assert.Equal(0u, await ErrorQueues.BookingSagaAsync(Service));
    }

    [Fact]
    public async Task Refund_confirmed_twice_tells_the_customer_once()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(quantity: 1, holdFor: TimeSpan.FromSeconds(1));
        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Expired);
        await scenario.PaymentSucceededAsync(seed);
        await scenario.PaymentSucceededAsync(seed);
        await Service.Published.SingleAsync<RefundPayment>(r => r.BookingId == seed.Id);

        await scenario.PaymentRefundedAsync(seed, "late-payment");
        await scenario.PaymentRefundedAsync(seed, "late-payment");

        await Service.Published.SingleAsync<BookingRefunded>(r => r.Booking.BookingId == seed.Id);
        await Service.SettledAsync();
        Assert.Single(Service.Published.Of<BookingRefunded>(r => r.Booking.BookingId == seed.Id));
        Assert.Single(Service.Published.Of<RefundPayment>(r => r.BookingId == seed.Id));
        Assert.Equal(0u, await ErrorQueues.BookingSagaAsync(Service));
    }

    [Fact]
    public async Task Transition_losing_an_optimistic_concurrency_race_is_retried_and_applied_once()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(quantity: 2);
        var database = Service.Factory.Settings["ConnectionStrings:bookingsdb"]!;

        // Another writer bumps the saga's version and keeps its transaction open.
        await using var rival = new NpgsqlConnection(database);
        await rival.OpenAsync();
        await using var transaction = await rival.BeginTransactionAsync();
        await using (var bump = new NpgsqlCommand("UPDATE bookings SET saga_version = saga_version + 1 WHERE id = @id", rival, transaction))
        {
            bump.Parameters.AddWithValue("id", seed.Id);
            Assert.Equal(1, await bump.ExecuteNonQueryAsync());
        }

        await scenario.PaymentSucceededAsync(seed);
        // The consumer read version 1 and now waits on the rival's row lock with "WHERE version = 1".
        await Eventually.HoldsAsync(async () => await WaitingSagaUpdatesAsync(database) > 0, TimeSpan.FromSeconds(20), "the consumer's saga update waits on the rival's lock");
        await transaction.CommitAsync();

        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Confirmed);
        var saga = await Service.SagaAsync(seed.Id);
        Assert.Equal(3, saga.Version); // 1, the rival's bump, then the retried transition
        await Service.Published.SingleAsync<BookingConfirmed>(c => c.Booking.BookingId == seed.Id);
        Assert.Equal(2, await Service.QueryAsync(db => db.Set<Ticket>().CountAsync(t => t.BookingId == seed.Id)));
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 2), (counter.Held, counter.Sold));
        Assert.Equal(0u, await ErrorQueues.BookingSagaAsync(Service));
    }

    [Fact]
    public async Task Payment_succeeded_racing_payment_failed_ends_in_exactly_one_outcome()
    {
        var scenario = await fixture.ScenarioAsync();
        var seeds = new List<BookingSeed>();
        for (var i = 0; i < 6; i++)
            seeds.Add(await scenario.BookAsync(quantity: 1));

        await Task.WhenAll(seeds.SelectMany(seed => new[] { scenario.PaymentSucceededAsync(seed), scenario.PaymentFailedAsync(seed) }));

        foreach (var seed in seeds)
        {
            await Eventually.HoldsAsync(async () => (await Service.BookingAsync(seed.Id)).Status != BookingStatus.AwaitingPayment, TimeSpan.FromSeconds(30), "an outcome");
        }
        await Service.SettledAsync();
        var statuses = new List<BookingStatus>();
        foreach (var seed in seeds)
        {
            var status = (await Service.BookingAsync(seed.Id)).Status;
            statuses.Add(status);
            var confirmations = Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == seed.Id).Count;
            var failures = Service.Published.Of<BookingFailed>(f => f.Booking.BookingId == seed.Id).Count;
            Assert.Equal(1, confirmations + failures);
            // A success that lost to the decline is refunded, never kept.
            var refunds = Service.Published.Of<RefundPayment>(r => r.BookingId == seed.Id).Count;
            Assert.Equal(status == BookingStatus.Failed ? 1 : 0, refunds);
        }
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, statuses.Count(s => s == BookingStatus.Confirmed)), (counter.Held, counter.Sold));
        Assert.Equal(0u, await ErrorQueues.BookingSagaAsync(Service));
    }

    static async Task<long> WaitingSagaUpdatesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%UPDATE bookings%saga_version%'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
