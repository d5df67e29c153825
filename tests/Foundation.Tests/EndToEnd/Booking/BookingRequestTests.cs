using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

[Collection(BookingPlatformCollection.Name)]
public sealed class BookingRequestTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Retrying_with_the_same_key_returns_the_same_booking_and_holds_once_while_another_body_gets_422()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Retry Street Gallery");
        var opening = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10));
        var lena = await Shopper.SignUpAsync(fixture.Platform, "Lena Flaky-Wifi");
        var order = Shopper.Order(opening.OccurrenceId, (opening.Standard, 2));

        using var first = await lena.PostBookingAsync(order, "lena-checkout-1");
        Assert.True(first.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(first));
        var booking = (await first.Content.ReadFromJsonAsync<BookingView>())!;
        using var retry = await lena.PostBookingAsync(order, "lena-checkout-1");
        Assert.True(retry.IsSuccessStatusCode, await Customer.DescribeAsync(retry));
        Assert.Equal(booking.Id, (await retry.Content.ReadFromJsonAsync<BookingView>())!.Id);

        using var changed = await lena.PostBookingAsync(Shopper.Order(opening.OccurrenceId, (opening.Standard, 3)), "lena-checkout-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);

        var counts = (await organizer.AttendanceAsync(opening.OccurrenceId))!.Of(opening.Standard);
        Assert.Equal((2, 8), (counts.Held, counts.Remaining));
        using var mine = await lena.GetAsync("/api/bookings");
        Assert.Equal(1, (await mine.Content.ReadFromJsonAsync<BookingPageView>())!.TotalCount);

        // Another customer's key space is their own.
        var max = await Shopper.SignUpAsync(fixture.Platform, "Max Same-Key");
        using var others = await max.PostBookingAsync(order, "lena-checkout-1");
        Assert.Equal(HttpStatusCode.Created, others.StatusCode);
        Assert.NotEqual(booking.Id, (await others.Content.ReadFromJsonAsync<BookingView>())!.Id);
    }

    [Fact]
    public async Task Too_few_seats_is_409_naming_the_ticket_type_and_order_limits_are_422_naming_the_line()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Tiny Venue");
        var show = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 3, PremiumCapacity: 5));
        var nina = await Shopper.SignUpAsync(fixture.Platform, "Nina Keen");
        var oscar = await Shopper.SignUpAsync(fixture.Platform, "Oscar Second");

        await nina.BookAsync(show.OccurrenceId, (show.Standard, 2));
        using (var soldOut = await oscar.PostBookingAsync(Shopper.Order(show.OccurrenceId, (show.Premium, 1), (show.Standard, 2)), "oscar-1"))
        {
            Assert.True(soldOut.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(soldOut));
            var problem = await soldOut.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(show.Standard, problem.GetProperty("ticketTypeId").GetGuid());
            Assert.Equal("Standard", problem.GetProperty("ticketTypeName").GetString());
            Assert.Equal(1, problem.GetProperty("seatsLeft").GetInt32());
        }
        // Nothing of the refused order stays held.
        var counts = (await organizer.AttendanceAsync(show.OccurrenceId))!;
        Assert.Equal((2, 0), (counts.Of(show.Standard).Held, counts.Of(show.Premium).Held));

        // Standard allows 6 per order (checked before seats); Premium 2 per customer across bookings.
        using (var perOrder = await oscar.PostBookingAsync(Shopper.Order(show.OccurrenceId, (show.Standard, 7)), "oscar-2"))
            await AssertRefusedAsync(perOrder, HttpStatusCode.UnprocessableEntity, "lines[0].quantity");
        await oscar.BookAsync(show.OccurrenceId, (show.Premium, 2));
        using (var perCustomer = await oscar.PostBookingAsync(Shopper.Order(show.OccurrenceId, (show.Standard, 1), (show.Premium, 1)), "oscar-3"))
            await AssertRefusedAsync(perCustomer, HttpStatusCode.UnprocessableEntity, "lines[1].quantity");
    }

    [Fact]
    public async Task Events_and_ticket_types_not_on_sale_are_refused_with_422_naming_the_field()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Undecided Arts");
        var draftId = await organizer.CreateDraftAsync();
        using var draftResponse = await organizer.SendAsync(HttpMethod.Get, draftId.ToString());
        var draft = await draftResponse.Content.ReadFromJsonAsync<JsonElement>();
        var draftOccurrence = draft.GetProperty("occurrences")[0].GetProperty("id").GetGuid();
        var draftTicketType = draft.GetProperty("ticketTypes")[0].GetProperty("id").GetGuid();
        var paul = await Shopper.SignUpAsync(fixture.Platform, "Paul Eager");

        using (var unpublished = await paul.PostBookingAsync(Shopper.Order(draftOccurrence, (draftTicketType, 1)), "paul-1"))
            await AssertRefusedAsync(unpublished, HttpStatusCode.UnprocessableEntity, "occurrenceId");

        // Published, then taken back to draft: Bookings stops selling it.
        var withdrawn = await organizer.PublishEventAsync();
        using (var unpublish = await organizer.SendAsync(HttpMethod.Post, $"{withdrawn.Id}/unpublish"))
            Assert.True(unpublish.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(unpublish));
        var refused = await Eventually.Until(
            () => paul.PostBookingAsync(Shopper.Order(withdrawn.OccurrenceId, (withdrawn.Standard, 1)), Guid.NewGuid().ToString()),
            response => response.StatusCode != HttpStatusCode.Created, "the withdrawn event to stop selling");
        await AssertRefusedAsync(refused, HttpStatusCode.UnprocessableEntity, "occurrenceId");

        var unknownTicketType = await organizer.PublishEventAsync();
        using var foreignType = await paul.PostBookingAsync(Shopper.Order(unknownTicketType.OccurrenceId, (withdrawn.Standard, 1)), "paul-3");
        await AssertRefusedAsync(foreignType, HttpStatusCode.UnprocessableEntity, "lines[0].ticketTypeId");

        var earlyBird = await organizer.PublishEventAsync(new EventPlan(StandardSalesStartAt: DateTimeOffset.UtcNow.AddDays(7)));
        using var notYetOnSale = await paul.PostBookingAsync(Shopper.Order(earlyBird.OccurrenceId, (earlyBird.Standard, 1)), "paul-4");
        await AssertRefusedAsync(notYetOnSale, HttpStatusCode.UnprocessableEntity, "lines[0].ticketTypeId");
    }

    [Fact]
    public async Task Bad_requests_are_400_naming_each_field_and_no_token_is_401()
    {
        var quinn = await Shopper.SignUpAsync(fixture.Platform, "Quinn Careless");
        var someOccurrence = Guid.NewGuid();

        using (var noKey = await quinn.PostBookingAsync(Shopper.Order(someOccurrence, (Guid.NewGuid(), 1))))
            await AssertRefusedAsync(noKey, HttpStatusCode.BadRequest, "idempotencyKey");
        using (var badLines = await quinn.PostBookingAsync(new { lines = new object[] { new { ticketTypeId = Guid.NewGuid(), quantity = 0 }, new { quantity = 1 } } }, "quinn-1"))
        {
            var errors = await AssertRefusedAsync(badLines, HttpStatusCode.BadRequest, "occurrenceId");
            Assert.True(errors.TryGetProperty("lines[0].quantity", out _), errors.ToString());
            Assert.True(errors.TryGetProperty("lines[1].ticketTypeId", out _), errors.ToString());
        }
        using (var noLines = await quinn.PostBookingAsync(new { occurrenceId = someOccurrence, lines = Array.Empty<object>() }, "quinn-2"))
            await AssertRefusedAsync(noLines, HttpStatusCode.BadRequest, "lines");
        using (var garbled = await quinn.PostBookingAsync("""{"occurrenceId": "not-a-guid", "lines": []}""", "quinn-3"))
            Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        using (var anonymous = await quinn.PostBookingAsync(Shopper.Order(someOccurrence, (Guid.NewGuid(), 1)), "quinn-4", signedIn: false))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using (var unknownOccurrence = await quinn.PostBookingAsync(Shopper.Order(someOccurrence, (Guid.NewGuid(), 1)), "quinn-5"))
            await AssertRefusedAsync(unknownOccurrence, HttpStatusCode.UnprocessableEntity, "occurrenceId");
    }

    [Fact]
    public async Task Another_customers_booking_payment_tickets_and_QR_codes_are_404()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Private Matters");
        var recital = await organizer.PublishEventAsync();
        var rosa = await Shopper.SignUpAsync(fixture.Platform, "Rosa Owner");
        var booking = await rosa.BuyAsync(recital.OccurrenceId, (recital.Standard, 1));
        var ticket = Assert.Single(await rosa.TicketsAsync(booking.Id));
        var snoop = await Shopper.SignUpAsync(fixture.Platform, "Sid Snoop");

        foreach (var path in new[]
                 {
                     $"/api/bookings/{booking.Id}", $"/api/payments/{booking.Payment.PaymentId}",
                     $"/api/bookings/{booking.Id}/tickets", ticket.QrCodeUrl,
                 })
        {
            using var response = await snoop.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {await Customer.DescribeAsync(response)}");
            Assert.DoesNotContain("Rosa", await response.Content.ReadAsStringAsync());
        }
        using (var pay = await snoop.PostAsync(booking.Payment.ConfirmUrl, new { cardToken = "tok_success" }))
            Assert.Equal(HttpStatusCode.NotFound, pay.StatusCode);
        using (var list = await snoop.GetAsync("/api/bookings"))
            Assert.Equal(0, (await list.Content.ReadFromJsonAsync<BookingPageView>())!.TotalCount);
        using (var anonymous = await snoop.Person.Gateway.GetAsync($"/api/bookings/{booking.Id}"))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using (var badToken = await snoop.PostAsync(booking.Payment.ConfirmUrl, new { cardToken = "4242424242424242" }))
            await AssertRefusedAsync(badToken, HttpStatusCode.BadRequest, "cardToken");
    }

    static async Task<JsonElement> AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {await Customer.DescribeAsync(response)}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for '{field}' in {body}");
        return errors.Clone();
    }
}
