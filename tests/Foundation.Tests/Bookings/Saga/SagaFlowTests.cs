using Bookings.Service.Domain;
using Bookings.Service.Tickets;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class SagaFlowTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    [Fact]
    public async Task Booking_created_starts_the_saga_and_asks_payments_for_the_bookings_payment()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(quantity: 3);

        var request = await Service.Published.SingleAsync<RequestPayment>(r => r.BookingId == seed.Id);
        Assert.Equal((seed.Booking.PaymentId, seed.Booking.CustomerId, 75m, "NOK"), (request.PaymentId, request.CustomerId, request.Amount, request.Currency));
        Assert.Equal(seed.Booking.HoldExpiresAt, request.ExpiresAt);
        var saga = await Service.SagaAsync(seed.Id);
        Assert.Equal((nameof(BookingStatus.AwaitingPayment), 1), (saga.CurrentState, saga.Version));
    }

    [Fact]
    public async Task Redelivered_booking_created_requests_no_second_payment()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync();

        await Service.PublishAsync(seed.Created());
        await Service.SettledAsync();

        Assert.Single(Service.Published.Of<RequestPayment>(r => r.BookingId == seed.Id));
        Assert.Equal(1, (await Service.SagaAsync(seed.Id)).Version);
    }

    [Fact]
    public async Task Payment_succeeded_confirms_sells_the_held_seats_and_issues_one_ticket_per_admission()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(quantity: 3);

        await scenario.PaymentSucceededAsync(seed);

        var confirmed = await Service.Published.SingleAsync<BookingConfirmed>(c => c.Booking.BookingId == seed.Id);
        Assert.Equal(3, confirmed.Tickets.Count);
        Assert.Equal(3, confirmed.Tickets.Select(t => t.Code).Distinct().Count());
        Assert.All(confirmed.Tickets, t => Assert.True(t.Code.Length >= 22 && t.SignedToken.Split('.').Length == 3));
        Assert.Equal((75m, "NOK"), (confirmed.Total, confirmed.Currency));
        Assert.Equal(BookingStatus.Confirmed, (await Service.BookingAsync(seed.Id)).Status);
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 3), (counter.Held, counter.Sold));
        var tickets = await Service.QueryAsync(db => db.Set<Ticket>().Where(t => t.BookingId == seed.Id).ToListAsync());
        Assert.Equal(3, tickets.Count);
        Assert.All(tickets, t => Assert.Equal(("Grace Hopper", scenario.OrganizationId, scenario.OccurrenceId), (t.HolderName, t.OrganizationId, t.OccurrenceId)));
    }

    [Fact]
    public async Task Payment_declined_fails_the_booking_and_releases_its_seats_at_once()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(quantity: 2);

        await scenario.PaymentFailedAsync(seed, "insufficient_funds");

        var failed = await Service.Published.SingleAsync<BookingFailed>(f => f.Booking.BookingId == seed.Id);
        Assert.Equal("insufficient_funds", failed.Reason);
        var booking = await Service.BookingAsync(seed.Id);
        Assert.Equal((BookingStatus.Failed, "insufficient_funds"), (booking.Status, booking.StatusReason));
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 0), (counter.Held, counter.Sold));
        Assert.Empty(await Service.QueryAsync(db => db.Set<Ticket>().Where(t => t.BookingId == seed.Id).ToListAsync()));
    }

    [Fact]
    public async Task Hold_running_out_expires_the_booking_releases_seats_and_cancels_the_payment()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(quantity: 4, holdFor: TimeSpan.FromSeconds(2));

        var expired = await Service.Published.SingleAsync<BookingExpired>(e => e.Booking.BookingId == seed.Id);
        Assert.Equal(seed.Booking.HoldExpiresAt, expired.HoldExpiredAt);
        Assert.True(expired.OccurredAt >= seed.Booking.HoldExpiresAt, "expired only once the hold ran out");
        var cancel = await Service.Published.SingleAsync<CancelPayment>(c => c.BookingId == seed.Id);
        Assert.Equal(seed.Booking.PaymentId, cancel.PaymentId);
        Assert.Equal(BookingStatus.Expired, (await Service.BookingAsync(seed.Id)).Status);
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 0), (counter.Held, counter.Sold));
    }

    [Fact]
    public async Task Payment_succeeding_after_expiry_is_refunded_as_a_late_payment()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(quantity: 1, holdFor: TimeSpan.FromSeconds(1));
        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Expired);

        await scenario.PaymentSucceededAsync(seed);

        var refund = await Service.Published.SingleAsync<RefundPayment>(r => r.BookingId == seed.Id);
        Assert.Equal((seed.Booking.PaymentId, "late-payment"), (refund.PaymentId, refund.Reason));
        Assert.Empty(Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == seed.Id));
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 0), (counter.Held, counter.Sold));

        await scenario.PaymentRefundedAsync(seed, "late-payment");

        var refunded = await Service.Published.SingleAsync<BookingRefunded>(r => r.Booking.BookingId == seed.Id);
        Assert.Equal(("late-payment", 25m, "NOK"), (refunded.Reason, refunded.Amount, refunded.Currency));
        var saga = await Service.SagaAsync(seed.Id);
        Assert.Equal(nameof(BookingStatus.Expired), saga.CurrentState);
        Assert.NotNull(saga.RefundedAt);
    }

    [Fact]
    public async Task Payment_succeeding_after_a_decline_is_refunded_as_a_late_payment()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.BookAsync(quantity: 1);
        await scenario.PaymentFailedAsync(seed);
        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Failed);

        await scenario.PaymentSucceededAsync(seed);

        var refund = await Service.Published.SingleAsync<RefundPayment>(r => r.BookingId == seed.Id);
        Assert.Equal("late-payment", refund.Reason);
        Assert.Equal(BookingStatus.Failed, (await Service.BookingAsync(seed.Id)).Status);
    }
}
