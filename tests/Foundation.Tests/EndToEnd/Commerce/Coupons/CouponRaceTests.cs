using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Coupons;

[Collection(BookingPlatformCollection.Name)]
public sealed class CouponRaceTests(BookingPlatformFixture fixture)
{
    const int Racers = 6;

    [Fact]
    public async Task Customers_racing_for_the_last_redemption_leave_exactly_one_discounted_booking_and_the_rest_are_told_it_is_exhausted()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Flash Sale Arena");
        var drop = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 20));
        var desk = new CouponDesk(organizer);
        var coupon = await desk.CreateAsync(new { code = "FIRST-ONLY", eventId = drop.Id, kind = "fixed", amount = 10, currency = "EUR", maxRedemptions = 1 });
        var racers = await Task.WhenAll(Enumerable.Range(1, Racers).Select(i => Shopper.SignUpAsync(fixture.Platform, $"Racer {i}")));

        using var start = new SemaphoreSlim(0);
        var attempts = racers.Select(async racer =>
        {
            await start.WaitAsync();
            using var response = await racer.PostWithCouponAsync(drop.OccurrenceId, "FIRST-ONLY", (drop.Standard, 1));
            return (response.StatusCode, Body: await response.Content.ReadFromJsonAsync<JsonElement>());
        }).ToList();
        start.Release(Racers);
        var answers = await Task.WhenAll(attempts);

        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Equal(10m, winner.Body.GetProperty("discount").GetDecimal());
        var losers = answers.Where(a => a.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(Racers - 1, losers.Count);
        Assert.All(losers, loser =>
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, loser.StatusCode);
            Assert.Equal("exhausted", loser.Body.GetProperty("reason").GetString());
        });

        Assert.Equal(1, (await desk.GetAsync(coupon.Id)).Redeemed);
        var redemption = Assert.Single((await desk.RedemptionsAsync(coupon.Id)).Items);
        Assert.Equal(winner.Body.GetProperty("id").GetGuid(), redemption.BookingId);
        // The losers' seats were never held: the refusal rolled the whole booking back.
        Assert.Equal(1, (await organizer.AttendanceAsync(drop.OccurrenceId))!.Of(drop.Standard).Held);
    }
    [Fact]
    public async Task One_customer_booking_in_parallel_tabs_gets_a_once_per_customer_code_exactly_once()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Parallel Tabs Hall");
        var show = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 20));
        var desk = new CouponDesk(organizer);
        var coupon = await desk.CreateAsync(new { code = "ONCE-PER-FAN", kind = "percent", amount = 50, maxPerCustomer = 1 });
        var fan = await Shopper.SignUpAsync(fixture.Platform, "Fan With Tabs");

        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, 4).Select(async _ =>
        {
            await start.WaitAsync();
            using var response = await fan.PostWithCouponAsync(show.OccurrenceId, "ONCE-PER-FAN", (show.Standard, 1));
            return (response.StatusCode, Body: await response.Content.ReadFromJsonAsync<JsonElement>());
        }).ToList();
        start.Release(4);
        var answers = await Task.WhenAll(attempts);

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), refused =>
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("customer_limit", refused.Body.GetProperty("reason").GetString());
        });
        Assert.Equal(1, (await desk.GetAsync(coupon.Id)).Redeemed);
    }
}
