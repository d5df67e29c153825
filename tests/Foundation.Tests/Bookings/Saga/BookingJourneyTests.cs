using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bookings.Service.Catalog;
using Bookings.Service.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Bookings;
using Platform.Contracts.Events;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsService;
using Platform.Foundation.Tests.Messaging;
using Xunit;
using Core = Platform.Foundation.Tests.BookingsCore;

namespace Platform.Foundation.Tests.BookingsSaga;

// The saga behind bookings-core's real booking endpoint: catalog fed by Events' message, seats held by
// POST /api/bookings, then paid, ticketed, scanned (which keeps it from being cancelled), and another one
// cancelled and refunded.
public sealed class BookingJourneyTests
{
    [Fact]
    public async Task Booking_placed_through_the_api_is_paid_ticketed_checked_in_and_another_cancelled_and_refunded()
    {
        await using var service = await BookingsUnderTest.StartAsync();
        var sale = Core.SaleFixture.New();
        // Five days ahead, with the door open a week before: the scan below is within door hours.
        await FeedAsync(service, sale.Snapshot(startsAt: DateTimeOffset.UtcNow.AddDays(5)) with { CheckInOpensMinutesBefore = 7 * 24 * 60 });
        var customerId = Guid.CreateVersion7();
        using var customer = service.ClientFor(service.Tokens.AccessToken(customerId, "Ada Lovelace"));

        var booking = await PlaceAsync(customer, sale.Order((sale.GeneralId, 2)));
        var request = await service.Published.SingleAsync<RequestPayment>(r => r.BookingId == booking.Id);
        Assert.Equal((booking.PaymentId, 50.00m, "EUR"), (request.PaymentId, request.Amount, request.Currency));
        await service.PublishAsync(new PaymentSucceeded(request.PaymentId, booking.Id, request.Amount, request.Currency, "Simulated", DateTimeOffset.UtcNow));

        await service.WaitForStatusAsync(booking.Id, BookingStatus.Confirmed);
        var detail = await customer.GetFromJsonAsync<JsonElement>($"/api/bookings/{booking.Id}");
        Assert.Equal("Confirmed", detail.GetProperty("status").GetString());
        var tickets = await customer.GetFromJsonAsync<JsonElement>($"/api/bookings/{booking.Id}/tickets");
        Assert.Equal(2, tickets.GetArrayLength());
        Assert.Equal("Ada Lovelace", tickets[0].GetProperty("holderName").GetString());

        using var staff = service.ClientFor(service.Tokens.AccessToken(Guid.CreateVersion7(), "Door", $"{sale.OrganizationId}:staff"));
        using var scan = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = sale.OccurrenceId, code = tickets[0].GetProperty("code").GetString() });
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        var attendance = await staff.GetFromJsonAsync<JsonElement>($"/api/bookings/occurrences/{sale.OccurrenceId}/attendance");
        var general = attendance.GetProperty("ticketTypes").EnumerateArray().Single(t => t.GetProperty("ticketTypeId").GetGuid() == sale.GeneralId);
        Assert.Equal(("General", 2, 1, 48), (general.GetProperty("ticketTypeName").GetString(), general.GetProperty("sold").GetInt32(),
            general.GetProperty("checkedIn").GetInt32(), general.GetProperty("remaining").GetInt32()));

        // Someone was admitted on it: the customer can no longer cancel it for a refund.
        using (var used = await customer.PostAsync($"/api/bookings/{booking.Id}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, used.StatusCode);
            Assert.Equal("checked_in", (await used.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }

        var unused = await PlaceAsync(customer, sale.Order((sale.GeneralId, 2)));
        var secondRequest = await service.Published.SingleAsync<RequestPayment>(r => r.BookingId == unused.Id);
        await service.PublishAsync(new PaymentSucceeded(secondRequest.PaymentId, unused.Id, secondRequest.Amount, secondRequest.Currency, "Simulated", DateTimeOffset.UtcNow));
        await service.WaitForStatusAsync(unused.Id, BookingStatus.Confirmed);
        using var cancel = await customer.PostAsync($"/api/bookings/{unused.Id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var refund = await service.Published.SingleAsync<RefundPayment>(r => r.BookingId == unused.Id);
        await service.PublishAsync(new PaymentRefunded(refund.PaymentId, unused.Id, Guid.CreateVersion7(), 50.00m, "EUR", refund.Reason, DateTimeOffset.UtcNow));

        await service.WaitForStatusAsync(unused.Id, BookingStatus.Refunded);
        Assert.Equal("Refunded", (await customer.GetFromJsonAsync<JsonElement>($"/api/bookings/{unused.Id}")).GetProperty("status").GetString());
        Assert.Equal("Confirmed", (await customer.GetFromJsonAsync<JsonElement>($"/api/bookings/{booking.Id}")).GetProperty("status").GetString());
        var counter = await service.CounterAsync(sale.OccurrenceId, sale.GeneralId);
        Assert.Equal((0, 2), (counter.Held, counter.Sold));
    }

    [Fact]
    public async Task Platform_hold_duration_setting_expires_a_placed_booking_and_its_seats_return_to_sale()
    {
        await using var service = await BookingsUnderTest.StartAsync(new Dictionary<string, string?> { ["Bookings:HoldDuration"] = "00:00:02" });
        var sale = Core.SaleFixture.New();
        await FeedAsync(service, sale.Snapshot(vipCapacity: 3));
        using var customer = service.ClientFor(service.Tokens.AccessToken(Guid.CreateVersion7(), "Ada Lovelace"));

        var booking = await PlaceAsync(customer, sale.Order((sale.VipId, 3)));
        Assert.True(booking.HoldExpiresAt - DateTimeOffset.UtcNow < TimeSpan.FromSeconds(5));

        var expired = await service.Published.SingleAsync<BookingExpired>(e => e.Booking.BookingId == booking.Id);
        Assert.Equal(booking.HoldExpiresAt.ToUnixTimeMilliseconds(), expired.HoldExpiredAt.ToUnixTimeMilliseconds());
        await service.Published.SingleAsync<CancelPayment>(c => c.BookingId == booking.Id);
        Assert.Equal((0, 0), ((await service.CounterAsync(sale.OccurrenceId, sale.VipId)).Held, (await service.CounterAsync(sale.OccurrenceId, sale.VipId)).Sold));
        // The released seats can be bought again.
        using var again = await BookingsUnderTest.PlaceAsync(customer, sale.Order((sale.VipId, 3)), Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    sealed record Placed(Guid Id, Guid PaymentId, DateTimeOffset HoldExpiresAt);

    static async Task<Placed> PlaceAsync(HttpClient customer, object order)
    {
        using var response = await BookingsUnderTest.PlaceAsync(customer, order, Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Placed(body.GetProperty("id").GetGuid(), body.GetProperty("payment").GetProperty("paymentId").GetGuid(), body.GetProperty("holdExpiresAt").GetDateTimeOffset());
    }

    static async Task FeedAsync(BookingsUnderTest service, EventSnapshot snapshot)
    {
        await service.PublishAsync(new EventPublished(snapshot, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(async () => await service.QueryAsync(db => db.Set<CatalogEvent>().AnyAsync(e => e.Id == snapshot.EventId && e.Version == snapshot.Version)),
            TimeSpan.FromSeconds(30), "the catalog has the event");
    }
}
