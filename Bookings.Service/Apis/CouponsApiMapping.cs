using Bookings.Service.Coupons;

namespace Bookings.Service.Apis;

public static class CouponsApiMapping
{
    public const string Active = "active";
    public const string Disabled = "disabled";
    public const string GivenBack = "given_back";

    public static CouponDto ToDto(this Coupon coupon) => new(
        coupon.Id, coupon.Code, coupon.EventId, coupon.Kind, coupon.Amount, coupon.Currency, coupon.MinimumOrder,
        coupon.MaxRedemptions, coupon.MaxPerCustomer, coupon.ValidFrom, coupon.ValidUntil, coupon.TicketTypeIds,
        coupon.Redeemed, coupon.DisabledAt is null ? Active : Disabled, coupon.DisabledAt, coupon.CreatedAt);

    public static CouponRedemptionDto ToDto(this CouponRedemption redemption) => new(
        redemption.Id, redemption.BookingId, redemption.CustomerId, redemption.CustomerEmail, redemption.Discount,
        redemption.Currency, redemption.GivenBackAt is null ? Active : GivenBack, redemption.RedeemedAt, redemption.GivenBackAt);
}
