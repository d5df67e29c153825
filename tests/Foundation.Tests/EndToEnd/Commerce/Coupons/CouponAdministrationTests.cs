using System.Net;
using System.Net.Http.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using static Platform.Foundation.Tests.EndToEnd.Commerce.Coupons.CouponShopping;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Coupons;

[Collection(BookingPlatformCollection.Name)]
public sealed class CouponAdministrationTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Organizer_creates_lists_reads_and_disables_codes_and_a_disabled_code_is_refused_with_its_reason()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Coupon Club");
        var concert = await organizer.PublishEventAsync();
        var desk = new CouponDesk(organizer);

        using var created = await desk.PostAsync(new { code = "spring-10", eventId = concert.Id, kind = "percent", amount = 10, maxRedemptions = 50, maxPerCustomer = 2 }, "spring-1");
        Assert.True(created.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(created));
        var spring = (await created.Content.ReadFromJsonAsync<CouponView>())!;
        Assert.Equal(("SPRING-10", concert.Id, "percent", 10m, "active", 0), (spring.Code, spring.EventId, spring.Kind, spring.Amount, spring.Status, spring.Redeemed));

        // A retried request with the same key answers the same coupon; the same key with another body is refused.
        using (var replay = await desk.PostAsync(new { code = "spring-10", eventId = concert.Id, kind = "percent", amount = 10, maxRedemptions = 50, maxPerCustomer = 2 }, "spring-1"))
        {
            Assert.True(replay.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(replay));
            Assert.Equal(spring.Id, (await replay.Content.ReadFromJsonAsync<CouponView>())!.Id);
        }
        using (var reused = await desk.PostAsync(new { code = "SPRING-20", kind = "percent", amount = 20 }, "spring-1"))
            Assert.True(reused.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(reused));

        // Codes are case-insensitive and unique per organization.
        using (var duplicate = await desk.PostAsync(new { code = "Spring-10", kind = "fixed", amount = 5, currency = "EUR" }))
            Assert.True(duplicate.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(duplicate));
        var houseWide = await desk.CreateAsync(new { code = "HOUSE5", kind = "fixed", amount = 5, currency = "eur", ticketTypeIds = new[] { concert.Premium } });
        Assert.Equal((null, "EUR", concert.Premium), (houseWide.EventId, houseWide.Currency, Assert.Single(houseWide.TicketTypeIds)));

        using (var list = await desk.SendAsync(HttpMethod.Get, "?page=1&pageSize=1"))
        {
            var page = (await list.Content.ReadFromJsonAsync<CouponPageView>())!;
            Assert.Equal((2, "HOUSE5"), (page.TotalCount, Assert.Single(page.Items).Code));
        }
        using (var badPage = await desk.SendAsync(HttpMethod.Get, "?pageSize=1000"))
            await AssertFieldRejectedAsync(badPage, "pageSize");
        Assert.Equal("SPRING-10", (await desk.GetAsync(spring.Id)).Code);

        using (var disabled = await desk.SendAsync(HttpMethod.Post, $"/{spring.Id}/disable"))
        {
            Assert.True(disabled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(disabled));
            Assert.Equal("disabled", (await disabled.Content.ReadFromJsonAsync<CouponView>())!.Status);
        }
        var rita = await Shopper.SignUpAsync(fixture.Platform, "Rita Late");
        using (var refused = await rita.PostWithCouponAsync(concert.OccurrenceId, "spring-10", (concert.Standard, 1)))
            await AssertCouponRefusedAsync(refused, "disabled");
        Assert.Equal(0, (await organizer.AttendanceAsync(concert.OccurrenceId))!.Of(concert.Standard).Held);
    }

    [Fact]
    public async Task Another_organization_and_plain_customers_see_no_coupons_at_all()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Private Codes");
        var desk = new CouponDesk(organizer);
        var coupon = await desk.CreateAsync(new { code = "STAFF-ONLY", kind = "percent", amount = 50 });
        var rival = await Organizer.CreateAsync(fixture.Platform, "Nosy Rival");
        var shopper = await Shopper.SignUpAsync(fixture.Platform, "Curious Carla");

        foreach (var token in new[] { rival.AccessToken, shopper.AccessToken })
        {
            using (var list = await desk.SendAsync(HttpMethod.Get, "", token))
                Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
            using (var one = await desk.SendAsync(HttpMethod.Get, $"/{coupon.Id}", token))
                Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
            using (var redemptions = await desk.SendAsync(HttpMethod.Get, $"/{coupon.Id}/redemptions", token))
                Assert.Equal(HttpStatusCode.NotFound, redemptions.StatusCode);
            using (var disable = await desk.SendAsync(HttpMethod.Post, $"/{coupon.Id}/disable", token))
                Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
            using (var create = await desk.PostAsync(new { code = "MINE", kind = "percent", amount = 100 }, accessToken: token))
                Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        }
        // The rival's own coupon is not reachable under this organization either.
        var rivalCoupon = await new CouponDesk(rival).CreateAsync(new { code = "RIVAL", kind = "percent", amount = 5 });
        using (var crossed = await desk.SendAsync(HttpMethod.Get, $"/{rivalCoupon.Id}"))
            Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        using (var anonymous = await fixture.Platform.CreateGatewayClient().GetAsync(desk.CouponsPath))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("active", (await desk.GetAsync(coupon.Id)).Status);
    }

    [Fact]
    public async Task Every_bad_coupon_field_is_a_400_naming_it()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Strict Codes");
        var concert = await organizer.PublishEventAsync();
        var rival = await Organizer.CreateAsync(fixture.Platform, "Other Stage");
        var rivalShow = await rival.PublishEventAsync();
        var desk = new CouponDesk(organizer);
        var now = DateTimeOffset.UtcNow;

        var cases = new (string Field, object Body)[]
        {
            ("code", new { kind = "percent", amount = 10 }),
            ("code", new { code = "AB", kind = "percent", amount = 10 }),
            ("code", new { code = new string('A', 33), kind = "percent", amount = 10 }),
            ("code", new { code = "TEN OFF!", kind = "percent", amount = 10 }),
            ("kind", new { code = "KINDLESS", amount = 10 }),
            ("kind", new { code = "HALF", kind = "half", amount = 10 }),
            ("amount", new { code = "NOAMOUNT", kind = "percent" }),
            ("amount", new { code = "ZERO", kind = "percent", amount = 0 }),
            ("amount", new { code = "TOOMUCH", kind = "percent", amount = 101 }),
            ("amount", new { code = "NEGATIVE", kind = "fixed", amount = -5, currency = "EUR" }),
            ("amount", new { code = "FRACTION", kind = "fixed", amount = 1.005m, currency = "EUR" }),
            ("currency", new { code = "NOCURRENCY", kind = "fixed", amount = 5 }),
            ("currency", new { code = "EUROS", kind = "fixed", amount = 5, currency = "EURO" }),
            ("currency", new { code = "MINNOCUR", kind = "percent", amount = 5, minimumOrder = 50 }),
            ("minimumOrder", new { code = "MINNEG", kind = "percent", amount = 5, minimumOrder = -1, currency = "EUR" }),
            ("maxRedemptions", new { code = "NOREDEEM", kind = "percent", amount = 5, maxRedemptions = 0 }),
            ("maxPerCustomer", new { code = "NOCUSTOMER", kind = "percent", amount = 5, maxPerCustomer = 0 }),
            ("validUntil", new { code = "BACKWARDS", kind = "percent", amount = 5, validFrom = now.AddDays(2), validUntil = now.AddDays(1) }),
            ("eventId", new { code = "EMPTYEVENT", kind = "percent", amount = 5, eventId = Guid.Empty }),
            ("eventId", new { code = "THEIREVENT", kind = "percent", amount = 5, eventId = rivalShow.Id }),
            ("eventId", new { code = "NOEVENT", kind = "percent", amount = 5, eventId = Guid.NewGuid() }),
            ("ticketTypeIds", new { code = "THEIRTYPE", kind = "percent", amount = 5, ticketTypeIds = new[] { rivalShow.Standard } }),
            ("ticketTypeIds", new { code = "TWICE", kind = "percent", amount = 5, ticketTypeIds = new[] { concert.Standard, concert.Standard } }),
            ("ticketTypeIds", new { code = "NOTHISEVENT", kind = "percent", amount = 5, eventId = concert.Id, ticketTypeIds = new[] { Guid.NewGuid() } }),
        };
        foreach (var (field, body) in cases)
        {
            using var response = await desk.PostAsync(body);
            await AssertFieldRejectedAsync(response, field);
        }

        using (var noKey = await desk.PostAsync(new { code = "KEYLESS", kind = "percent", amount = 5 }, idempotencyKey: null))
            await AssertFieldRejectedAsync(noKey, "idempotencyKey");
        using (var badJson = await desk.PostAsync("{\"code\":\"JSON\",\"kind\":\"percent\",\"amount\":\"ten\"}"))
            Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        using (var list = await desk.SendAsync(HttpMethod.Get, ""))
            Assert.Equal(0, (await list.Content.ReadFromJsonAsync<CouponPageView>())!.TotalCount);
    }
}
