using Bookings.Service.Coupons;
using Bookings.Service.Domain;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Coupons;

// The pure money and rule decisions behind the journeys, for the cases a journey would not reach cheaply.
public sealed class CouponArithmeticTests
{
    static readonly Guid Standard = Guid.CreateVersion7();
    static readonly Guid Premium = Guid.CreateVersion7();
    static readonly Guid EventId = Guid.CreateVersion7();

    static Coupon Coupon(string kind, decimal amount, string? currency = null, Guid[]? only = null, decimal? minimum = null, int? max = null, int redeemed = 0) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = "TEST",
        Kind = kind,
        Amount = amount,
        Currency = currency,
        TicketTypeIds = [.. only ?? []],
        MinimumOrder = minimum,
        MaxRedemptions = max,
        Redeemed = redeemed,
        IdempotencyKey = "k",
        RequestFingerprint = "f",
    };

    static List<BookingLine> Lines(params (Guid TicketType, int Quantity, decimal Price)[] lines) =>
        lines.Select(l => new BookingLine { TicketTypeId = l.TicketType, TicketTypeName = "x", Quantity = l.Quantity, UnitPrice = l.Price }).ToList();

    [Theory]
    [InlineData(12.5, 0.10, 0.01)]   // 0.0125 rounds half away from zero to 0.01
    [InlineData(50, 0.05, 0.03)]     // 0.025 -> 0.03, not banker's 0.02
    [InlineData(33.33, 10, 3.33)]
    [InlineData(100, 19.99, 19.99)]
    public void Percent_discount_rounds_to_cents_half_away_from_zero(double percent, double price, double expected)
    {
        var discount = CouponDiscount.Of(Coupon("percent", (decimal)percent), Lines((Standard, 1, (decimal)price)));
        Assert.Equal((decimal)expected, discount);
    }

    [Fact]
    public void Fixed_discount_never_exceeds_the_lines_it_applies_to()
    {
        var lines = Lines((Standard, 2, 30m), (Premium, 1, 70m));
        Assert.Equal(70m, CouponDiscount.Of(Coupon("fixed", 500m, "EUR", [Premium]), lines));
        Assert.Equal(130m, CouponDiscount.Of(Coupon("fixed", 500m, "EUR"), lines));
        Assert.Equal(6m, CouponDiscount.Of(Coupon("percent", 10m, only: [Standard]), lines));
    }

    [Fact]
    public void Eligibility_names_the_first_rule_the_booking_breaks()
    {
        var now = DateTimeOffset.UtcNow;
        var lines = Lines((Standard, 1, 30m));
        Assert.Null(CouponEligibility.Check(Coupon("percent", 10m), EventId, lines, "EUR", now));
        Assert.Equal("minimum_order", CouponEligibility.Check(Coupon("percent", 10m, "EUR", minimum: 30.01m), EventId, lines, "EUR", now)?.Reason);
        Assert.Null(CouponEligibility.Check(Coupon("percent", 10m, "EUR", minimum: 30m), EventId, lines, "EUR", now));
        Assert.Equal("currency", CouponEligibility.Check(Coupon("fixed", 5m, "GBP"), EventId, lines, "EUR", now)?.Reason);
        Assert.Equal("not_applicable", CouponEligibility.Check(Coupon("fixed", 5m, "EUR", [Premium]), EventId, lines, "EUR", now)?.Reason);
        Assert.Equal("exhausted", CouponEligibility.Check(Coupon("percent", 10m, max: 3, redeemed: 3), EventId, lines, "EUR", now)?.Reason);
    }
}
