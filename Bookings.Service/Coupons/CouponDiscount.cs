using Bookings.Service.Domain;

namespace Bookings.Service.Coupons;

// The money side of a coupon, pure so it is unit-testable. Rounding: to the currency's 2 decimals,
// half away from zero (a 12.5 % coupon on 0.10 takes 0.01 off), and never more than the lines it applies to.
public static class CouponDiscount
{
    public static decimal ApplicableAmount(Coupon coupon, IEnumerable<BookingLine> lines) => lines
        .Where(line => coupon.TicketTypeIds.Count == 0 || coupon.TicketTypeIds.Contains(line.TicketTypeId))
        .Sum(line => line.UnitPrice * line.Quantity);

    public static decimal Of(Coupon coupon, IEnumerable<BookingLine> lines)
    {
        var applicable = ApplicableAmount(coupon, lines);
        var discount = coupon.Kind == CouponKinds.Percent
            ? Math.Round(applicable * coupon.Amount / 100m, 2, MidpointRounding.AwayFromZero)
            : coupon.Amount;
        return Math.Min(discount, applicable);
    }
}
