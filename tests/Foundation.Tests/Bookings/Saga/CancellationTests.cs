using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bookings.Service.Domain;
using Bookings.Service.Tickets;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class CancellationTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    [Fact]
    public async Task Customer_cancels_a_confirmed_booking_then_the_refund_completes_it()
    {
        var scenario = await fixture.ScenarioAsync();
        var customerId = Guid.CreateVersion7();
        var seed = await scenario.ConfirmedAsync(customerId, quantity: 2);
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Grace Hopper"));

        using var response = await customer.PostAsync($"/api/bookings/{seed.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Cancelled", 50m, "NOK"), (body.GetProperty("status").GetString(), body.GetProperty("refundAmount").GetDecimal(), body.GetProperty("currency").GetString()));
        var refund = await Service.Published.SingleAsync<RefundPayment>(r => r.BookingId == seed.Id);
        Assert.Equal((seed.Booking.PaymentId, "cancelled"), (refund.PaymentId, refund.Reason));
        var cancelled = await Service.Published.SingleAsync<BookingCancelled>(c => c.Booking.BookingId == seed.Id);
        Assert.Equal(("customer", 50m), (cancelled.CancelledBy, cancelled.RefundAmount));
        Assert.Equal(BookingStatus.Cancelled, (await Service.BookingAsync(seed.Id)).Status);
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 0), (counter.Held, counter.Sold));
        var tickets = await Service.QueryAsync(db => db.Set<Ticket>().Where(t => t.BookingId == seed.Id).ToListAsync());
        Assert.All(tickets, t => Assert.NotNull(t.VoidedAt));

        await scenario.PaymentRefundedAsync(seed, "cancelled");

        var refunded = await Service.Published.SingleAsync<BookingRefunded>(r => r.Booking.BookingId == seed.Id);
        Assert.Equal(("cancelled", 50m), (refunded.Reason, refunded.Amount));
        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Refunded);
    }

    [Fact]
    public async Task Cancelling_after_the_cancellation_deadline_answers_409_and_keeps_the_booking()
    {
        var scenario = await fixture.ScenarioAsync();
        var customerId = Guid.CreateVersion7();
        var seed = await scenario.ConfirmedAsync(customerId, quantity: 1, cancellationDeadline: DateTimeOffset.UtcNow.AddMinutes(-1));
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Grace Hopper"));

        using var response = await customer.PostAsync($"/api/bookings/{seed.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cancellation_deadline_passed", problem.GetProperty("reason").GetString());
        Assert.Equal(BookingStatus.Confirmed, (await Service.BookingAsync(seed.Id)).Status);
        Assert.Empty(Service.Published.Of<RefundPayment>(r => r.BookingId == seed.Id));
    }

    [Fact]
    public async Task Only_a_confirmed_booking_can_be_cancelled_and_only_once()
    {
        var scenario = await fixture.ScenarioAsync();
        var customerId = Guid.CreateVersion7();
        var awaiting = await scenario.BookAsync(customerId, quantity: 1);
        var confirmed = await scenario.ConfirmedAsync(customerId, quantity: 1);
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Grace Hopper"));

        using var unpaid = await customer.PostAsync($"/api/bookings/{awaiting.Id}/cancel", null);
        using var first = await customer.PostAsync($"/api/bookings/{confirmed.Id}/cancel", null);
        using var second = await customer.PostAsync($"/api/bookings/{confirmed.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, unpaid.StatusCode);
        Assert.Equal("not_confirmed", (await unpaid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        await Service.Published.SingleAsync<RefundPayment>(r => r.BookingId == confirmed.Id);
    }

    [Fact]
    public async Task Another_customers_booking_answers_404_and_an_anonymous_caller_401()
    {
        var scenario = await fixture.ScenarioAsync();
        var seed = await scenario.ConfirmedAsync(quantity: 1);
        using var stranger = Service.ClientFor(Service.Tokens.AccessToken(Guid.CreateVersion7(), "Mallory"));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/bookings/{seed.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/bookings/{Guid.CreateVersion7()}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Service.Client.PostAsync($"/api/bookings/{seed.Id}/cancel", null)).StatusCode);
        Assert.Equal(BookingStatus.Confirmed, (await Service.BookingAsync(seed.Id)).Status);
    }
}
