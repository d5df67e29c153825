using System.Net;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

// One amount and one time read the same in every answer and every mail: the currency's minor units (never
// 60.0000, never 60.00 yen) and the venue's clock with its zone (never the server's UTC).
[Collection(BookingPlatformCollection.Name)]
public sealed class MoneyAndTimeTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Euro_amounts_have_cents_and_times_are_on_the_venues_clock_in_answers_payments_and_mails()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Clockwork Concerts");
        var concert = await organizer.PublishEventAsync(new EventPlan());
        var fay = await Shopper.SignUpAsync(fixture.Platform, "Fay Precise");
        var booking = await fay.BuyAsync(concert.OccurrenceId, (concert.Standard, 2));

        var answer = await JsonAsync(fay, $"/api/bookings/{booking.Id}");
        Assert.Equal("60.00", answer.GetProperty("total").GetRawText());
        Assert.Equal("60.00", answer.GetProperty("subtotal").GetRawText());
        Assert.Equal("0.00", answer.GetProperty("discount").GetRawText());
        Assert.Equal("30.00", answer.GetProperty("lines")[0].GetProperty("unitPrice").GetRawText());
        var startsAt = answer.GetProperty("startsAt").GetDateTimeOffset();
        Assert.Equal((19, 30, TimeSpan.FromHours(1)), (startsAt.Hour, startsAt.Minute, startsAt.Offset));

        var payment = await JsonAsync(fay, $"/api/payments/{booking.Payment.PaymentId}");
        Assert.Equal("60.00", payment.GetProperty("amount").GetRawText());
        var description = payment.GetProperty("description").GetString()!;
        Assert.Contains("19:30 (Europe/Berlin)", description);
        Assert.DoesNotContain("UTC", description);

        var tickets = await fay.MailAsync("Your tickets for");
        Assert.Contains("Total paid: 60.00 EUR", tickets.TextBody);
    }

    [Fact]
    public async Task Yen_amounts_have_no_decimals_in_the_catalog_answers_payments_and_mails()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Tokyo Tunes");
        var concert = await organizer.PublishEventAsync(new EventPlan(Currency: "JPY"));
        var gus = await Shopper.SignUpAsync(fixture.Platform, "Gus Yen");
        var booking = await gus.BuyAsync(concert.OccurrenceId, (concert.Standard, 2));

        var listed = await JsonAsync(gus, $"/api/events/{concert.Id}");
        Assert.Equal("30", listed.GetProperty("ticketTypes")[0].GetProperty("price").GetRawText());
        var answer = await JsonAsync(gus, $"/api/bookings/{booking.Id}");
        Assert.Equal("60", answer.GetProperty("total").GetRawText());
        Assert.Equal("30", answer.GetProperty("lines")[0].GetProperty("unitPrice").GetRawText());
        var payment = await JsonAsync(gus, $"/api/payments/{booking.Payment.PaymentId}");
        Assert.Equal("60", payment.GetProperty("amount").GetRawText());

        var tickets = await gus.MailAsync("Your tickets for");
        Assert.Contains("Total paid: 60 JPY", tickets.TextBody);
    }

    static async Task<JsonElement> JsonAsync(Shopper shopper, string path)
    {
        using var response = await shopper.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
