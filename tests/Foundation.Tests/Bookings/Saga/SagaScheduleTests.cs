using System.Net;
using System.Net.Http.Json;
using Bookings.Service.Apis;
using Bookings.Service.Domain;
using Bookings.Service.Saga;
using Bookings.Service.Saga.Messages;
using Bookings.Service.Saga.Scheduling;
using MassTransit.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsCore;
using Platform.Foundation.Tests.BookingsService;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

// The saga's hold expiry is a MassTransit schedule kept in the due_messages table, written and deleted in
// the saga's own transactions.
public sealed class SagaScheduleTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    // The hold's expiry is due after the payment grace this service runs with.
    TimeSpan Grace => Service.Factory.Services.GetRequiredService<IOptions<SagaOptions>>().Value.PaymentGrace;

    Task<long> DueRowsAsync(Guid tokenId) =>
        Service.ScalarAsync<long>("SELECT count(*) FROM due_messages WHERE token_id = @t", ("t", tokenId));

    Task DueRowGoneAsync(Guid tokenId) =>
        Eventually.HoldsAsync(async () => await DueRowsAsync(tokenId) == 0, BookingsUnderTest.Deadline, $"MassTransit's CancelScheduledMessage deletes due row {tokenId}");

    // Npgsql reads timestamptz as a UTC DateTime.
    async Task<DateTimeOffset> DueAtAsync(Guid tokenId) =>
        new(DateTime.SpecifyKind(await Service.ScalarAsync<DateTime>("SELECT due_at FROM due_messages WHERE token_id = @t", ("t", tokenId)), DateTimeKind.Utc));

    [Fact]
    public async Task Placement_starts_the_saga_with_its_hold_expiry_and_payment_request_and_payment_unschedules_the_expiry()
    {
        var sale = SaleFixture.New();
        await Service.FeedAsync(sale.Snapshot(holdMinutes: 7));
        using var client = Service.CustomerClient(Guid.CreateVersion7());

        using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 2)), "schedule-start");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = (await response.Content.ReadFromJsonAsync<BookingDto>())!;
        var saga = await Service.SagaAsync(booking.Id);
        Assert.Equal((nameof(BookingStatus.AwaitingPayment), 1), (saga.CurrentState, saga.Version));
        var token = saga.HoldExpiryTokenId ?? throw new Xunit.Sdk.XunitException("placement scheduled no hold expiry");
        Assert.Equal(booking.HoldExpiresAt + Grace, await DueAtAsync(token));
        var request = await Service.Published.SingleAsync<RequestPayment>(r => r.BookingId == booking.Id);
        Assert.Equal((booking.Payment.PaymentId, booking.HoldExpiresAt), (request.PaymentId, request.ExpiresAt));

        await Service.PublishAsync(new PaymentSucceeded(booking.Payment.PaymentId, booking.Id, booking.Total, booking.Currency, "Simulated", DateTimeOffset.UtcNow));

        await Service.WaitForStatusAsync(booking.Id, BookingStatus.Confirmed);
        Assert.Null((await Service.SagaAsync(booking.Id)).HoldExpiryTokenId);
        await Service.Published.SingleAsync<CancelScheduledMessage>(c => c.TokenId == token);
        await DueRowGoneAsync(token);
    }

    [Fact]
    public async Task Refused_placement_leaves_no_saga_and_schedules_nothing()
    {
        var sale = SaleFixture.New();
        await Service.FeedAsync(sale.Snapshot(vipCapacity: 1));
        using var client = Service.CustomerClient(Guid.CreateVersion7());

        using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1), (sale.VipId, 2)), "schedule-refused");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await Service.ScalarAsync<long>(
            "SELECT count(*) FROM bookings WHERE occurrence_id = @o", ("o", sale.OccurrenceId)));
        // Every due row belongs to a saga that still expects it: nothing was left behind by the rollback.
        Assert.Equal(0, await Service.ScalarAsync<long>(
            "SELECT count(*) FROM due_messages d WHERE d.attempts = 0 AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.hold_expiry_token_id = d.token_id)"));
    }

    [Fact]
    public async Task Declined_payment_unschedules_the_hold_expiry_through_MassTransit()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(holdFor: TimeSpan.FromMinutes(10));

        var token = (await Service.SagaAsync(seed.Id)).HoldExpiryTokenId ?? throw new Xunit.Sdk.XunitException("no hold expiry scheduled");
        Assert.Equal(seed.Booking.HoldExpiresAt + Grace, await DueAtAsync(token));

        await scenario.PaymentFailedAsync(seed);
        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Failed);
        await DueRowGoneAsync(token);
    }

    [Fact]
    public async Task Due_message_that_cannot_be_read_is_postponed_with_its_error_and_holds_back_no_expiry()
    {
        var broken = Guid.CreateVersion7();
        await Service.ScalarAsync<int>(
            "INSERT INTO due_messages (token_id, due_at, message_type, body, created_at, attempts) VALUES (@t, now() - interval '1 minute', 'No.Such.Message, Nowhere', '{}', now(), 0) RETURNING 1",
            ("t", broken));
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(holdFor: TimeSpan.FromSeconds(1));

        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Expired);
        await Service.Published.SingleAsync<BookingExpired>(e => e.Booking.BookingId == seed.Id);
        await Eventually.HoldsAsync(async () => await Service.ScalarAsync<int>("SELECT attempts FROM due_messages WHERE token_id = @t", ("t", broken)) >= 1,
            BookingsUnderTest.Deadline, "the unreadable due message is recorded as a failed attempt");
        var error = await Service.ScalarAsync<string>("SELECT last_error FROM due_messages WHERE token_id = @t", ("t", broken));
        Assert.Contains("No.Such.Message", error);
        Assert.True(await DueAtAsync(broken) > DateTimeOffset.UtcNow, "the unreadable message is postponed, not retried in a loop");
        await Service.ScalarAsync<int>("DELETE FROM due_messages WHERE token_id = @t RETURNING 1", ("t", broken));
    }

    // MassTransit's own scheduler messages, as a saga's Schedule and Unschedule send them.
    static ScheduleMessage HoldExpirySchedule(BookingSeed seed, Guid tokenId, DateTime dueAt) =>
        new ScheduleMessageCommand<BookingHoldExpired>(dueAt, new Uri("queue:booking-state"), new BookingHoldExpired(seed.Id, seed.Booking.HoldExpiresAt), tokenId);

    static CancelScheduledMessage Unschedule(Guid tokenId) => new CancelScheduledMessageCommand(tokenId);

    [Fact]
    public async Task Scheduler_stores_a_schedule_once_deletes_it_on_cancel_and_delivers_a_due_one_to_the_saga()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(holdFor: TimeSpan.FromMinutes(10));
        var held = (await Service.SagaAsync(seed.Id)).HoldExpiryTokenId ?? throw new Xunit.Sdk.XunitException("no hold expiry scheduled");

        // Delivered twice, a schedule is one row, and neither delivery fails; its cancellation deletes it.
        var later = Guid.CreateVersion7();
        var dueAt = DateTime.UtcNow.AddHours(1);
        var refusedBefore = await ErrorQueues.ConsumerAsync<DueMessageIntake>(Service);
        await Service.PublishAsync(HoldExpirySchedule(seed, later, dueAt));
        await Service.PublishAsync(HoldExpirySchedule(seed, later, dueAt));
        await Service.SettledAsync();
        Assert.Equal(1, await DueRowsAsync(later));
        Assert.Equal(refusedBefore, await ErrorQueues.ConsumerAsync<DueMessageIntake>(Service));
        Assert.Equal(dueAt, (await DueAtAsync(later)).UtcDateTime, TimeSpan.FromMilliseconds(1));
        await Service.PublishAsync(Unschedule(later));
        await DueRowGoneAsync(later);

        // The schedule the saga holds, cancelled and scheduled again due now: the poller delivers it and the hold expires.
        await Service.PublishAsync(Unschedule(held));
        await DueRowGoneAsync(held);
        await Service.PublishAsync(HoldExpirySchedule(seed, held, DateTime.UtcNow));

        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Expired);
        await Service.Published.SingleAsync<BookingExpired>(e => e.Booking.BookingId == seed.Id);
        Assert.Equal(0, await DueRowsAsync(held));
        Assert.Equal(0, (await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId)).Held);
    }

    [Fact]
    public async Task Schedule_whose_cancellation_overtook_it_is_delivered_and_ignored_by_the_saga()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(holdFor: TimeSpan.FromMinutes(10));
        var stale = Guid.CreateVersion7();

        await Service.PublishAsync(Unschedule(stale));
        await Service.SettledAsync();
        await Service.PublishAsync(HoldExpirySchedule(seed, stale, DateTime.UtcNow));
        await Service.SettledAsync();

        // Nothing but the poller's delivery removes the row now.
        await DueRowGoneAsync(stale);
        await Service.SettledAsync();
        Assert.Equal(BookingStatus.AwaitingPayment, (await Service.BookingAsync(seed.Id)).Status);
        Assert.Empty(Service.Published.Of<BookingExpired>(e => e.Booking.BookingId == seed.Id));
        Assert.Equal(2, (await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId)).Held);
    }

    [Fact]
    public async Task Schedule_of_a_message_Bookings_does_not_deliver_is_refused_and_stores_nothing()
    {
        var tokenId = Guid.CreateVersion7();
        var errorsBefore = await ErrorQueues.ConsumerAsync<DueMessageIntake>(Service);

        await Service.PublishAsync<ScheduleMessage>(new ScheduleMessageCommand<PaymentSucceeded>(DateTime.UtcNow, new Uri("queue:booking-state"),
            new PaymentSucceeded(Guid.CreateVersion7(), Guid.CreateVersion7(), 10m, "NOK", "Simulated", DateTimeOffset.UtcNow), tokenId));

        await Eventually.HoldsAsync(async () => await ErrorQueues.ConsumerAsync<DueMessageIntake>(Service) > errorsBefore, TimeSpan.FromSeconds(60),
            "the refused schedule is parked in the scheduler's error queue");
        Assert.Equal(0, await DueRowsAsync(tokenId));
    }
}
