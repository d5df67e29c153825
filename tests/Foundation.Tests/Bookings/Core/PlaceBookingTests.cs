using System.Net;
using System.Net.Http.Json;
using Bookings.Service.Apis;
using Platform.Contracts.Events;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed class PlaceBookingTests(BookingsFixture fixture) : IClassFixture<BookingsFixture>
{
    readonly BookingsUnderTest service = fixture.Service;

    [Fact]
    public async Task Hold_creates_a_booking_awaiting_payment_holds_the_seats_and_stages_BookingCreated()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(holdMinutes: 7));
        using var client = service.CustomerClient(Guid.CreateVersion7());
        var before = DateTimeOffset.UtcNow;

        using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 2), (sale.VipId, 1)), "first-try");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = (await response.Content.ReadFromJsonAsync<BookingDto>())!;
        Assert.Equal($"/api/bookings/{booking.Id}", response.Headers.Location?.ToString());
        Assert.Equal("AwaitingPayment", booking.Status);
        Assert.Equal((130.00m, 0m, 130.00m, "EUR"), (booking.Subtotal, booking.Discount, booking.Total, booking.Currency));
        Assert.Equal(
            [(sale.GeneralId, "General", 2, 25.00m, 50.00m), (sale.VipId, "VIP", 1, 80.00m, 80.00m)],
            booking.Lines.OrderBy(l => l.TicketTypeName).Select(l => (l.TicketTypeId, l.TicketTypeName, l.Quantity, l.UnitPrice, l.Amount)));
        Assert.Equal(("Harbour Jazz Night", sale.OccurrenceId, "Europe/London"), (booking.EventTitle, booking.OccurrenceId, booking.TimeZone));
        Assert.InRange(booking.HoldExpiresAt, before.AddMinutes(7).AddSeconds(-1), DateTimeOffset.UtcNow.AddMinutes(7).AddSeconds(1));
        Assert.Equal(booking.StartsAt.AddHours(-24), booking.CancellationDeadline);
        Assert.Equal($"/api/payments/{booking.Payment.PaymentId}/confirm", booking.Payment.ConfirmUrl);
        Assert.Equal(7, booking.Payment.PaymentId.Version);

        Assert.Equal(2, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Held);
        Assert.Equal(1, (await service.CounterAsync(sale.OccurrenceId, sale.VipId))!.Held);
        Assert.Equal(1, await service.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE 'Platform.Contracts.Bookings.BookingCreated,%' AND body->'booking'->>'bookingId' = @id",
            ("id", booking.Id.ToString())));
    }

    [Fact]
    public async Task Hold_fails_with_409_naming_the_ticket_type_when_fewer_seats_remain_and_holds_nothing()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(vipCapacity: 3));
        using var client = service.CustomerClient(Guid.CreateVersion7());

        using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 2), (sale.VipId, 4)), "too-many");

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(sale.VipId, problem.GetProperty("ticketTypeId").GetGuid());
        Assert.Equal(3, problem.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(0, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Held);
        Assert.Equal(0, await service.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE occurrence_id = @o", ("o", sale.OccurrenceId)));
    }

    [Fact]
    public async Task Hold_without_a_token_is_401()
    {
        var sale = SaleFixture.New();
        using var client = service.Anonymous();

        using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1)), "anonymous");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string, string?, string> MalformedRequests => new()
    {
        { """{"occurrenceId":"OCC","lines":[{"ticketTypeId":"GEN","quantity":1}]}""", null, "idempotencyKey" },
        { """{"occurrenceId":"OCC","lines":[{"ticketTypeId":"GEN","quantity":1}]}""", new string('k', 101), "idempotencyKey" },
        { """{"lines":[{"ticketTypeId":"GEN","quantity":1}]}""", "key", "occurrenceId" },
        { """{"occurrenceId":"OCC","lines":[]}""", "key", "lines" },
        { """{"occurrenceId":"OCC"}""", "key", "lines" },
        { """{"occurrenceId":"OCC","lines":[{"ticketTypeId":"GEN","quantity":0}]}""", "key", "lines[0].quantity" },
        { """{"occurrenceId":"OCC","lines":[{"quantity":1}]}""", "key", "lines[0].ticketTypeId" },
        { """{"occurrenceId":"OCC","lines":[{"ticketTypeId":"GEN","quantity":1},{"ticketTypeId":"GEN","quantity":2}]}""", "key", "lines[1].ticketTypeId" },
        { """{"occurrenceId":"OCC","lines":[{"ticketTypeId":"GEN","quantity":1}],"couponCode":"10% OFF"}""", "key", "couponCode" },
        { """{"occurrenceId":"not-a-guid","lines":[{"ticketTypeId":"GEN","quantity":1}]}""", "key", "occurrenceId" },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task Malformed_request_is_400_naming_the_field(string body, string? idempotencyKey, string field)
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        using var client = service.CustomerClient(Guid.CreateVersion7());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
        {
            Content = new StringContent(body.Replace("OCC", sale.OccurrenceId.ToString()).Replace("GEN", sale.GeneralId.ToString()), System.Text.Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);

        using var response = await client.SendAsync(request);

        await response.NamesFieldAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(0, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Held);
    }

    [Theory]
    [InlineData("unknown occurrence", "occurrenceId")]
    [InlineData("draft event", "occurrenceId")]
    [InlineData("cancelled occurrence", "occurrenceId")]
    [InlineData("past occurrence", "occurrenceId")]
    [InlineData("ticket type of another event", "lines[0].ticketTypeId")]
    [InlineData("sales not open yet", "lines[0].ticketTypeId")]
    [InlineData("sales closed", "lines[0].ticketTypeId")]
    [InlineData("below minimum per order", "lines[0].quantity")]
    [InlineData("above maximum per order", "lines[0].quantity")]
    [InlineData("above maximum per customer", "lines[0].quantity")]
    [InlineData("different currencies", "lines")]
    public async Task Request_breaking_a_sales_rule_is_422_naming_the_field(string rule, string field)
    {
        var sale = SaleFixture.New();
        var now = DateTimeOffset.UtcNow;
        var (snapshot, order) = rule switch
        {
            "unknown occurrence" => (sale.Snapshot(), new { occurrenceId = Guid.CreateVersion7(), lines = new[] { new { ticketTypeId = sale.GeneralId, quantity = 1 } } } as object),
            "draft event" => (sale.Snapshot(status: "Draft"), sale.Order((sale.GeneralId, 1))),
            "cancelled occurrence" => (sale.Snapshot(occurrenceStatus: "Cancelled"), sale.Order((sale.GeneralId, 1))),
            "past occurrence" => (sale.Snapshot(startsAt: now.AddHours(-1)), sale.Order((sale.GeneralId, 1))),
            "ticket type of another event" => (sale.Snapshot(), sale.Order((Guid.CreateVersion7(), 1))),
            "sales not open yet" => (sale.Snapshot(general: t => t with { SalesStartAt = now.AddHours(2) }), sale.Order((sale.GeneralId, 1))),
            "sales closed" => (sale.Snapshot(general: t => t with { SalesEndAt = now.AddMinutes(-1) }), sale.Order((sale.GeneralId, 1))),
            "below minimum per order" => (sale.Snapshot(general: t => t with { MinPerOrder = 2 }), sale.Order((sale.GeneralId, 1))),
            "above maximum per order" => (sale.Snapshot(), sale.Order((sale.GeneralId, 11))),
            "above maximum per customer" => (sale.Snapshot(general: t => t with { MaxPerCustomer = 2 }), sale.Order((sale.GeneralId, 3))),
            "different currencies" => (sale.Snapshot(vip: t => t with { Currency = "GBP" }), sale.Order((sale.GeneralId, 1), (sale.VipId, 1))),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
        await service.FeedAsync(snapshot);
        using var client = service.CustomerClient(Guid.CreateVersion7());

        using var response = await BookingsUnderTest.PlaceAsync(client, order, "rule-" + Guid.NewGuid());

        await response.NamesFieldAsync(HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(0, await service.ScalarAsync<long>("SELECT coalesce(sum(held), 0) FROM inventory_counters WHERE event_id = @e", ("e", sale.EventId)));
    }

    [Fact]
    public async Task Max_per_customer_counts_the_customers_earlier_bookings_but_not_other_customers()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot());
        using var ada = service.CustomerClient(Guid.CreateVersion7());
        using var bob = service.CustomerClient(Guid.CreateVersion7());

        using var first = await BookingsUnderTest.PlaceAsync(ada, sale.Order((sale.VipId, 3)), "ada-1");
        using var second = await BookingsUnderTest.PlaceAsync(ada, sale.Order((sale.VipId, 2)), "ada-2");
        using var other = await BookingsUnderTest.PlaceAsync(bob, sale.Order((sale.VipId, 2)), "bob-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await second.NamesFieldAsync(HttpStatusCode.UnprocessableEntity, "lines[0].quantity");
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(5, (await service.CounterAsync(sale.OccurrenceId, sale.VipId))!.Held);
    }

    [Fact]
    public async Task Max_per_customer_holds_when_one_customer_sends_parallel_requests()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(vipCapacity: 100));
        var customer = Guid.CreateVersion7();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var client = service.CustomerClient(customer);
            using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.VipId, 1)), $"parallel-{i}");
            return response.StatusCode;
        }));

        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(8, statuses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(4, (await service.CounterAsync(sale.OccurrenceId, sale.VipId))!.Held);
        Assert.Equal(4, await service.ScalarAsync<int>(
            "SELECT admissions FROM customer_admissions WHERE customer_id = @c AND ticket_type_id = @t", ("c", customer), ("t", sale.VipId)));
    }
}
