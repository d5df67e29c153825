using System.Net;
using System.Net.Http.Json;
using Bookings.Service.Apis;
using Bookings.Service.Domain;
using Bookings.Service.Saga;
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
        Assert.Equal(0, await DueRowsAsync(token));
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
            "SELECT count(*) FROM booking_sagas s JOIN bookings b ON b.id = s.booking_id WHERE b.occurrence_id = @o", ("o", sale.OccurrenceId)));
        // Every due row belongs to a saga that still expects it: nothing was left behind by the rollback.
        Assert.Equal(0, await Service.ScalarAsync<long>(
            "SELECT count(*) FROM due_messages d WHERE d.attempts = 0 AND NOT EXISTS (SELECT 1 FROM booking_sagas s WHERE s.hold_expiry_token_id = d.token_id)"));
    }

    [Fact]
    public async Task Booking_created_for_a_booking_without_a_saga_schedules_its_expiry_through_MassTransit()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(holdFor: TimeSpan.FromMinutes(10));

        var token = (await Service.SagaAsync(seed.Id)).HoldExpiryTokenId ?? throw new Xunit.Sdk.XunitException("no hold expiry scheduled");
        Assert.Equal(seed.Booking.HoldExpiresAt + Grace, await DueAtAsync(token));

        await scenario.PaymentFailedAsync(seed);
        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Failed);
        Assert.Equal(0, await DueRowsAsync(token));
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
}
