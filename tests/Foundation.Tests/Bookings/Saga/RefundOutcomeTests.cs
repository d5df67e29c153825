using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bookings.Service.Domain;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsCore;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

// What the saga does with Payments' last word on money: a refund it gave up on (RefundFailed) and a payment
// it ended without a charge (PaymentCancelled).
public sealed class RefundOutcomeTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    async Task<JsonElement> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static IEnumerable<Guid> BookingIds(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("bookingId").GetGuid());

    [Fact]
    public async Task Refund_that_payments_gave_up_on_is_shown_to_the_customer_and_the_organizer_until_the_money_is_returned()
    {
        var scenario = await fixture.ScenarioAsync();
        var customerId = Guid.CreateVersion7();
        var seed = await scenario.ConfirmedAsync(customerId);
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Ada Lovelace"));
        using var organizer = Service.CustomerClient(Guid.CreateVersion7(), $"{scenario.OrganizationId}:staff");
        var failedRefunds = $"/api/bookings/organizations/{scenario.OrganizationId}/refunds/failed";
        using (var cancelled = await customer.PostAsync($"/api/bookings/{seed.Id}/cancel", null))
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        await Service.Published.SingleAsync<RefundPayment>(r => r.BookingId == seed.Id);
        var requested = await ReadAsync(customer, $"/api/bookings/{seed.Id}");
        Assert.Equal("Requested", requested.GetProperty("refund").GetProperty("status").GetString());

        await Service.PublishAsync(new RefundFailed(seed.Booking.PaymentId, seed.Id, "provider_unavailable", DateTimeOffset.UtcNow));
        await Service.PublishAsync(new RefundFailed(seed.Booking.PaymentId, seed.Id, "provider_unavailable", DateTimeOffset.UtcNow));

        var told = await Service.Published.SingleAsync<BookingRefundFailed>(f => f.Booking.BookingId == seed.Id);
        Assert.Equal(("cancelled", "provider_unavailable", 50m, "NOK"), (told.Reason, told.Failure, told.Amount, told.Currency));
        await Service.SettledAsync();
        Assert.Single(Service.Published.Of<BookingRefundFailed>(f => f.Booking.BookingId == seed.Id));
        var refund = (await ReadAsync(customer, $"/api/bookings/{seed.Id}")).GetProperty("refund");
        Assert.Equal(("NeedsAPerson", "cancelled"), (refund.GetProperty("status").GetString(), refund.GetProperty("reason").GetString()));
        Assert.Contains("will refund you by hand", refund.GetProperty("note").GetString());
        var listed = (await ReadAsync(organizer, failedRefunds)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("bookingId").GetGuid() == seed.Id);
        Assert.Equal(("Cancelled", "provider_unavailable", 50m, seed.Booking.CustomerEmail),
            (listed.GetProperty("bookingStatus").GetString(), listed.GetProperty("failure").GetString(), listed.GetProperty("amount").GetDecimal(), listed.GetProperty("customerEmail").GetString()));

        await scenario.PaymentRefundedAsync(seed, "cancelled");

        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Refunded);
        Assert.Equal("Refunded", (await ReadAsync(customer, $"/api/bookings/{seed.Id}")).GetProperty("refund").GetProperty("status").GetString());
        Assert.DoesNotContain(seed.Id, BookingIds(await ReadAsync(organizer, failedRefunds)));
    }

    [Fact]
    public async Task Failed_refunds_are_only_for_the_organizations_members_and_paging_is_checked()
    {
        var organizationId = Guid.CreateVersion7();
        using var outsider = Service.CustomerClient(Guid.CreateVersion7(), $"{Guid.CreateVersion7()}:owner");
        using var owner = Service.CustomerClient(Guid.CreateVersion7(), $"{organizationId}:owner");

        using (var hidden = await outsider.GetAsync($"/api/bookings/organizations/{organizationId}/refunds/failed"))
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        using var anonymous = Service.Anonymous();
        using (var refused = await anonymous.GetAsync($"/api/bookings/organizations/{organizationId}/refunds/failed"))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var badPage = await owner.GetAsync($"/api/bookings/organizations/{organizationId}/refunds/failed?page=zero");
        var problem = await badPage.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _), "the problem names the page field");
        var empty = await ReadAsync(owner, $"/api/bookings/organizations/{organizationId}/refunds/failed");
        Assert.Equal(0, empty.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Payment_that_payments_ended_without_a_charge_is_shown_on_the_booking()
    {
        var scenario = await fixture.ScenarioAsync();
        var customerId = Guid.CreateVersion7();
        var seed = await scenario.BookAsync(customerId, quantity: 1, holdFor: TimeSpan.FromSeconds(1));
        await Service.WaitForStatusAsync(seed.Id, BookingStatus.Expired);
        await Service.Published.SingleAsync<CancelPayment>(c => c.BookingId == seed.Id);
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Ada Lovelace"));
        var cancelledAt = DateTimeOffset.UtcNow;

        await Service.PublishAsync(new PaymentCancelled(seed.Booking.PaymentId, seed.Id, cancelledAt));
        await Service.SettledAsync();

        var booking = await ReadAsync(customer, $"/api/bookings/{seed.Id}");
        Assert.Equal("Expired", booking.GetProperty("status").GetString());
        Assert.Equal(cancelledAt.ToUnixTimeMilliseconds(), booking.GetProperty("payment").GetProperty("cancelledAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.True(!booking.TryGetProperty("refund", out var refund) || refund.ValueKind == JsonValueKind.Null, "no refund was asked for");
    }
}
