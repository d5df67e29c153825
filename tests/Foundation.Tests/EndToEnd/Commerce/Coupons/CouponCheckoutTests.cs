using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using static Platform.Foundation.Tests.EndToEnd.Commerce.Coupons.CouponShopping;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Coupons;

// Standard is 30 EUR, Premium 70 EUR (EventPlan).
[Collection(BookingPlatformCollection.Name)]
public sealed class CouponCheckoutTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Percent_coupon_lowers_the_total_the_customer_pays_and_the_booking_shows_subtotal_discount_and_code()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Percent Hall");
        var concert = await organizer.PublishEventAsync();
        var desk = new CouponDesk(organizer);
        // 12.5 % of 90 is 11.25; of 30 it would be 3.75.
        var coupon = await desk.CreateAsync(new { code = "EARLY-BIRD", eventId = concert.Id, kind = "percent", amount = 12.5m });
        var ada = await Shopper.SignUpAsync(fixture.Platform, "Ada Thrifty");

        var booking = await ada.BookWithCouponAsync(concert.OccurrenceId, "early-bird", (concert.Standard, 3));
        Assert.Equal((90m, 11.25m, 78.75m, "EUR", "EARLY-BIRD"), (booking.Subtotal, booking.Discount, booking.Total, booking.Currency, booking.CouponCode));
        Assert.Equal(($"/api/payments/{booking.Payment.PaymentId}/confirm", false), (booking.Payment.ConfirmUrl, booking.Payment.Free));
        Assert.Equal(booking, await ada.PricedBookingAsync(booking.Id));
        using (var mine = await ada.GetAsync("/api/bookings"))
        {
            var listed = (await mine.Content.ReadFromJsonAsync<PricedBookingPage>())!.Items.Single(b => b.Id == booking.Id);
            Assert.Equal((11.25m, 78.75m, "EARLY-BIRD"), (listed.Discount, listed.Total, listed.CouponCode));
        }

        var payment = await ada.WaitForPaymentAsync(booking.Payment.PaymentId);
        Assert.Equal(78.75m, payment!.Amount);
        using (var paid = await ada.PostAsync(payment.Instructions!.ConfirmUrl, new { cardToken = "tok_success" }))
            Assert.True(paid.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(paid));
        await ada.WaitForBookingAsync(booking.Id, "Confirmed");
        var tickets = await ada.MailAsync("Your tickets for");
        foreach (var line in new[] { "Subtotal: 90.00 EUR", "Discount (coupon EARLY-BIRD): -11.25 EUR", "Total paid: 78.75 EUR" })
        {
            Assert.Contains(line, tickets.TextBody);
            Assert.Contains(line.Replace("EARLY-BIRD", "<code>EARLY-BIRD</code>"), tickets.HtmlBody);
        }

        var redemption = Assert.Single((await desk.RedemptionsAsync(coupon.Id)).Items);
        Assert.Equal((booking.Id, ada.Person.Email, 11.25m, "EUR", "active"), (redemption.BookingId, redemption.CustomerEmail, redemption.Discount, redemption.Currency, redemption.Status));
        Assert.Equal(1, (await desk.GetAsync(coupon.Id)).Redeemed);
    }

    [Fact]
    public async Task Fixed_coupon_for_one_ticket_type_discounts_only_those_lines_and_never_more_than_they_cost()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Fixed Price Stage");
        var show = await organizer.PublishEventAsync();
        var desk = new CouponDesk(organizer);
        await desk.CreateAsync(new { code = "PREMIUM-100", kind = "fixed", amount = 100, currency = "EUR", ticketTypeIds = new[] { show.Premium } });
        await desk.CreateAsync(new { code = "STANDARD-5", kind = "fixed", amount = 5, currency = "EUR", ticketTypeIds = new[] { show.Standard } });
        await desk.CreateAsync(new { code = "DOLLARS", kind = "fixed", amount = 5, currency = "USD" });
        var ben = await Shopper.SignUpAsync(fixture.Platform, "Ben Bargain");

        // 100 off Premium's 70: the discount stops at the Premium line's amount, Standard is paid in full.
        var booking = await ben.BookWithCouponAsync(show.OccurrenceId, "PREMIUM-100", (show.Standard, 1), (show.Premium, 1));
        Assert.Equal((100m, 70m, 30m), (booking.Subtotal, booking.Discount, booking.Total));
        var fiveOff = await ben.BookWithCouponAsync(show.OccurrenceId, "standard-5", (show.Standard, 2), (show.Premium, 1));
        Assert.Equal((130m, 5m, 125m), (fiveOff.Subtotal, fiveOff.Discount, fiveOff.Total));

        using (var noPremium = await ben.PostWithCouponAsync(show.OccurrenceId, "PREMIUM-100", (show.Standard, 2)))
            await AssertCouponRefusedAsync(noPremium, "not_applicable");
        using (var wrongCurrency = await ben.PostWithCouponAsync(show.OccurrenceId, "DOLLARS", (show.Standard, 1)))
            await AssertCouponRefusedAsync(wrongCurrency, "currency");
        var counts = (await organizer.AttendanceAsync(show.OccurrenceId))!;
        Assert.Equal((3, 2), (counts.Of(show.Standard).Held, counts.Of(show.Premium).Held));
    }

    [Fact]
    public async Task Codes_outside_their_rules_are_refused_with_the_reason_and_hold_no_seats()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Rules Theatre");
        var play = await organizer.PublishEventAsync();
        var otherPlay = await organizer.PublishEventAsync();
        var desk = new CouponDesk(organizer);
        var now = DateTimeOffset.UtcNow;
        await desk.CreateAsync(new { code = "BIG-SPENDER", kind = "percent", amount = 20, minimumOrder = 100, currency = "EUR" });
        await desk.CreateAsync(new { code = "NEXT-WEEK", kind = "percent", amount = 20, validFrom = now.AddDays(7) });
        await desk.CreateAsync(new { code = "LAST-WEEK", kind = "percent", amount = 20, validFrom = now.AddDays(-14), validUntil = now.AddDays(-7) });
        await desk.CreateAsync(new { code = "OTHER-PLAY", eventId = otherPlay.Id, kind = "percent", amount = 20 });
        await desk.CreateAsync(new { code = "ONCE-EACH", kind = "percent", amount = 20, maxPerCustomer = 1 });
        var rival = await Organizer.CreateAsync(fixture.Platform, "Rules Rival");
        await new CouponDesk(rival).CreateAsync(new { code = "RIVALS-CODE", kind = "percent", amount = 20 });
        var cleo = await Shopper.SignUpAsync(fixture.Platform, "Cleo Careful");

        var refusals = new (string Code, string Reason)[]
        {
            ("BIG-SPENDER", "minimum_order"),
            ("NEXT-WEEK", "not_yet_valid"),
            ("LAST-WEEK", "expired"),
            ("OTHER-PLAY", "not_applicable"),
            ("NO-SUCH-CODE", "unknown"),
            ("RIVALS-CODE", "unknown"),
        };
        foreach (var (code, reason) in refusals)
        {
            using var refused = await cleo.PostWithCouponAsync(play.OccurrenceId, code, (play.Standard, 3));
            await AssertCouponRefusedAsync(refused, reason);
        }
        Assert.Equal(0, (await organizer.AttendanceAsync(play.OccurrenceId))!.Of(play.Standard).Held);

        // 4 x 30 reaches the minimum; a second booking of the same customer passes the per-customer limit.
        Assert.Equal(24m, (await cleo.BookWithCouponAsync(play.OccurrenceId, "BIG-SPENDER", (play.Standard, 4))).Discount);
        Assert.Equal(6m, (await cleo.BookWithCouponAsync(play.OccurrenceId, "ONCE-EACH", (play.Standard, 1))).Discount);
        using (var again = await cleo.PostWithCouponAsync(play.OccurrenceId, "ONCE-EACH", (play.Standard, 1)))
            await AssertCouponRefusedAsync(again, "customer_limit");
        var dan = await Shopper.SignUpAsync(fixture.Platform, "Dan Other");
        Assert.Equal(6m, (await dan.BookWithCouponAsync(play.OccurrenceId, "once-each", (play.Standard, 1))).Discount);

        using (var malformed = await cleo.PostWithCouponAsync(play.OccurrenceId, "10% OFF", (play.Standard, 1)))
            await AssertFieldRejectedAsync(malformed, "couponCode");
        using (var empty = await cleo.PostWithCouponAsync(play.OccurrenceId, "", (play.Standard, 1)))
            await AssertFieldRejectedAsync(empty, "couponCode");
        Assert.Equal(6, (await organizer.AttendanceAsync(play.OccurrenceId))!.Of(play.Standard).Held);
    }

    [Fact]
    public async Task Retrying_a_discounted_booking_with_the_same_key_redeems_once_and_another_code_under_that_key_is_refused()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Retry Rooms");
        var show = await organizer.PublishEventAsync();
        var desk = new CouponDesk(organizer);
        var coupon = await desk.CreateAsync(new { code = "RETRY-ME", kind = "percent", amount = 10 });
        await desk.CreateAsync(new { code = "OTHER-CODE", kind = "percent", amount = 50 });
        var eve = await Shopper.SignUpAsync(fixture.Platform, "Eve Flaky");

        using var first = await eve.PostBookingAsync(Order(show.OccurrenceId, "RETRY-ME", (show.Standard, 1)), "eve-1");
        Assert.True(first.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(first));
        using var retry = await eve.PostBookingAsync(Order(show.OccurrenceId, "retry-me", (show.Standard, 1)), "eve-1");
        Assert.True(retry.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(retry));
        Assert.Equal((await first.Content.ReadFromJsonAsync<PricedBookingView>())!.Id, (await retry.Content.ReadFromJsonAsync<PricedBookingView>())!.Id);
        using (var otherCode = await eve.PostBookingAsync(Order(show.OccurrenceId, "OTHER-CODE", (show.Standard, 1)), "eve-1"))
            Assert.True(otherCode.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(otherCode));

        Assert.Equal(1, (await desk.GetAsync(coupon.Id)).Redeemed);
        Assert.Equal(1, (await desk.RedemptionsAsync(coupon.Id)).TotalCount);
    }

    [Fact]
    public async Task Free_booking_with_a_full_discount_is_confirmed_without_paying_and_cancelling_it_refunds_nothing()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Guest List Club");
        var gig = await organizer.PublishEventAsync();
        await new CouponDesk(organizer).CreateAsync(new { code = "GUEST-LIST", eventId = gig.Id, kind = "percent", amount = 100 });
        var gus = await Shopper.SignUpAsync(fixture.Platform, "Gus Guest");

        var booking = await gus.BookWithCouponAsync(gig.OccurrenceId, "GUEST-LIST", (gig.Premium, 2));
        Assert.Equal((140m, 140m, 0m), (booking.Subtotal, booking.Discount, booking.Total));
        // The view offers nothing to pay, like Payments' instructions, both before and after confirmation.
        Assert.Equal((null, true), (booking.Payment.ConfirmUrl, booking.Payment.Free));
        Assert.StartsWith("Nothing is to be paid", booking.Payment.Note);

        // No confirm call: the saga confirms on the payment Payments settled by itself.
        await gus.WaitForBookingAsync(booking.Id, "Confirmed");
        Assert.Equal(2, (await gus.TicketsAsync(booking.Id)).Count);
        var tickets = (await gus.MailAsync("Your tickets for")).TextBody;
        Assert.Contains("Discount (coupon GUEST-LIST): -140.00 EUR", tickets);
        Assert.Contains("Total: 0.00 EUR, nothing was charged", tickets);
        Assert.DoesNotContain("Total paid", tickets);
        using (var mine = await gus.GetAsync("/api/bookings"))
        {
            var listed = (await mine.Content.ReadFromJsonAsync<PricedBookingPage>())!.Items.Single(b => b.Id == booking.Id);
            Assert.Equal((null, true), (listed.Payment.ConfirmUrl, listed.Payment.Free));
        }
        using (var read = await gus.GetAsync($"/api/payments/{booking.Payment.PaymentId}"))
        {
            Assert.True(read.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(read));
            var payment = await read.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("Succeeded", 0m, "free"), (payment.GetProperty("status").GetString(), payment.GetProperty("amount").GetDecimal(), payment.GetProperty("provider").GetString()));
            Assert.StartsWith("Nothing is to be paid", payment.GetProperty("instructions").GetProperty("note").GetString());
        }
        using (var paid = await gus.PostAsync($"/api/payments/{booking.Payment.PaymentId}/confirm", new { cardToken = "tok_success" }))
        {
            Assert.True(paid.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(paid));
            Assert.Equal("nothing_to_pay", (await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }

        using (var cancelled = await gus.PostAsync($"/api/bookings/{booking.Id}/cancel"))
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));
        await gus.WaitForBookingAsync(booking.Id, "Refunded");
        var refunded = (await gus.WaitForPaymentAsync(booking.Payment.PaymentId, p => p.Status == "Refunded", "the zero refund"))!;
        Assert.Equal((0m, "Succeeded"), (Assert.Single(refunded.Refunds).Amount, refunded.Refunds[0].Status));
        Assert.Contains("Nothing was charged, so nothing is refunded.", (await gus.MailAsync("is cancelled")).TextBody);
        var refundMail = await gus.MailAsync("Nothing to refund for");
        Assert.Contains("nothing was charged, so nothing is refunded", refundMail.TextBody);
        Assert.DoesNotContain("refund of", refundMail.TextBody);
    }
}

internal sealed record PricedBookingPage(IReadOnlyList<PricedBookingView> Items, int TotalCount);
