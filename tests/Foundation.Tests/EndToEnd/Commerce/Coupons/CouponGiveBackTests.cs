using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using static Platform.Foundation.Tests.EndToEnd.Commerce.Coupons.CouponShopping;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Coupons;

// A code with a single redemption: once the booking holding it ends unpaid or is cancelled, the next customer can use it.
[Collection(BookingPlatformCollection.Name)]
public sealed class CouponGiveBackTests(BookingPlatformFixture fixture)
{
    static readonly TimeSpan ExpiryWait = BookingPlatformFixture.HoldDuration + TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Declined_payment_gives_the_redemption_back_and_the_code_works_again()
    {
        var (organizer, show, desk, coupon) = await SingleUseCodeAsync("Declined Club");
        var fay = await Shopper.SignUpAsync(fixture.Platform, "Fay Declined");
        var gil = await Shopper.SignUpAsync(fixture.Platform, "Gil Next");

        var booking = await fay.BookWithCouponAsync(show.OccurrenceId, "ONE-SHOT", (show.Standard, 1));
        using (var exhausted = await gil.PostWithCouponAsync(show.OccurrenceId, "ONE-SHOT", (show.Standard, 1)))
            await AssertCouponRefusedAsync(exhausted, "exhausted");
        var payment = await fay.WaitForPaymentAsync(booking.Payment.PaymentId);
        using (var declined = await fay.PostAsync(payment!.Instructions!.ConfirmUrl, new { cardToken = "tok_decline" }))
            Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        await fay.WaitForBookingAsync(booking.Id, "Failed");

        var givenBack = await desk.WaitForRedemptionsAsync(coupon.Id, r => r.Items.Single().Status == "given_back", "the redemption to be given back");
        Assert.NotNull(givenBack.Items.Single().GivenBackAt);
        Assert.Equal(0, (await desk.GetAsync(coupon.Id)).Redeemed);
        Assert.Equal(15m, (await gil.BookWithCouponAsync(show.OccurrenceId, "ONE-SHOT", (show.Standard, 1))).Discount);
        var both = await desk.RedemptionsAsync(coupon.Id);
        Assert.Equal(["active", "given_back"], both.Items.Select(r => r.Status).ToArray());
        Assert.Equal(0, (await organizer.AttendanceAsync(show.OccurrenceId))!.Of(show.Standard).Sold);
    }

    [Fact]
    public async Task Expired_hold_gives_the_redemption_back_and_the_code_works_again()
    {
        var (_, show, desk, coupon) = await SingleUseCodeAsync("Expiry Cinema");
        var hal = await Shopper.SignUpAsync(fixture.Platform, "Hal Hesitant");
        var ivy = await Shopper.SignUpAsync(fixture.Platform, "Ivy Patient");

        var booking = await hal.BookWithCouponAsync(show.OccurrenceId, "ONE-SHOT", (show.Standard, 2));
        Assert.Equal(15m, booking.Discount);
        await hal.WaitForBookingAsync(booking.Id, "Expired", ExpiryWait);

        await desk.WaitForRedemptionsAsync(coupon.Id, r => r.Items.Single().Status == "given_back", "the redemption to be given back");
        Assert.Equal(0, (await desk.GetAsync(coupon.Id)).Redeemed);
        Assert.Equal(15m, (await ivy.BookWithCouponAsync(show.OccurrenceId, "ONE-SHOT", (show.Standard, 1))).Discount);
    }

    [Fact]
    public async Task Cancelling_a_paid_discounted_booking_gives_the_redemption_back_and_refunds_what_was_paid()
    {
        var (_, show, desk, coupon) = await SingleUseCodeAsync("Cancel Corner");
        var jo = await Shopper.SignUpAsync(fixture.Platform, "Jo Changed-Mind");

        var booking = await jo.BookWithCouponAsync(show.OccurrenceId, "ONE-SHOT", (show.Standard, 2));
        var payment = await jo.WaitForPaymentAsync(booking.Payment.PaymentId);
        using (var paid = await jo.PostAsync(payment!.Instructions!.ConfirmUrl, new { cardToken = "tok_success" }))
            Assert.True(paid.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(paid));
        await jo.WaitForBookingAsync(booking.Id, "Confirmed");
        Assert.Equal("active", (await desk.RedemptionsAsync(coupon.Id)).Items.Single().Status);

        using (var cancelled = await jo.PostAsync($"/api/bookings/{booking.Id}/cancel"))
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));
        await desk.WaitForRedemptionsAsync(coupon.Id, r => r.Items.Single().Status == "given_back", "the redemption to be given back");
        Assert.Equal(0, (await desk.GetAsync(coupon.Id)).Redeemed);
        var refunded = await jo.WaitForPaymentAsync(booking.Payment.PaymentId, p => p.Status == "Refunded", "the refund");
        Assert.Equal(45m, Assert.Single(refunded!.Refunds).Amount);
    }

    [Fact]
    public async Task Organizer_cancelling_the_event_gives_back_the_redemption_of_an_unpaid_booking()
    {
        var (organizer, show, desk, coupon) = await SingleUseCodeAsync("Rained Off Festival");
        var kim = await Shopper.SignUpAsync(fixture.Platform, "Kim Unlucky");

        var booking = await kim.BookWithCouponAsync(show.OccurrenceId, "ONE-SHOT", (show.Standard, 1));
        await kim.WaitForPaymentAsync(booking.Payment.PaymentId);
        await organizer.CancelEventAsync(show.Id, "Storm warning");

        await kim.WaitForBookingAsync(booking.Id, "Cancelled");
        var redemptions = await desk.WaitForRedemptionsAsync(coupon.Id, r => r.Items.Single().Status == "given_back", "the redemption to be given back");
        Assert.Equal(booking.Id, redemptions.Items.Single().BookingId);
        Assert.Equal(0, (await desk.GetAsync(coupon.Id)).Redeemed);
    }

    // 15 EUR off, one redemption in all.
    async Task<(Organizer, PublishedEvent, CouponDesk, CouponView)> SingleUseCodeAsync(string organization)
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, organization);
        var show = await organizer.PublishEventAsync();
        var desk = new CouponDesk(organizer);
        var coupon = await desk.CreateAsync(new { code = "ONE-SHOT", kind = "fixed", amount = 15, currency = "EUR", maxRedemptions = 1 });
        return (organizer, show, desk, coupon);
    }
}
