using Bookings.Service.Domain;

namespace Bookings.Service.Coupons;

// What can be decided about a code without taking a redemption: the counters are settled later by
// conditional updates in the placement transaction. Null: the coupon applies.
public static class CouponEligibility
{
    public static CouponRefusal? Check(Coupon coupon, Guid eventId, IReadOnlyList<BookingLine> lines, string currency, DateTimeOffset now)
    {
        if (coupon.DisabledAt is not null)
            return CouponRefusal.DisabledCode;
        if (coupon.ValidFrom is { } from && now < from)
            return new(CouponRefusal.NotYetValid, $"This coupon is valid from {from:O}.");
        if (coupon.ValidUntil is { } until && now >= until)
            return new(CouponRefusal.Expired, $"This coupon expired at {until:O}.");
        if (coupon.EventId is { } only && only != eventId)
            return new(CouponRefusal.NotApplicable, "This coupon is for another event.");
        if (coupon.TicketTypeIds.Count > 0 && !lines.Any(line => coupon.TicketTypeIds.Contains(line.TicketTypeId)))
            return new(CouponRefusal.NotApplicable, "This coupon applies to none of the ticket types in this booking.");
        if (coupon.Currency is { } couponCurrency && couponCurrency != currency)
            return new(CouponRefusal.Currency, $"This coupon is in {couponCurrency}; the booking is in {currency}.");
        var subtotal = lines.Sum(line => line.UnitPrice * line.Quantity);
        if (coupon.MinimumOrder is { } minimum && subtotal < minimum)
            return new(CouponRefusal.MinimumOrder, $"This coupon needs an order of at least {minimum} {currency}; this one is {subtotal} {currency}.");
        if (coupon.MaxRedemptions is { } max && coupon.Redeemed >= max)
            return CouponRefusal.NoneLeft;
        return null;
    }
}
