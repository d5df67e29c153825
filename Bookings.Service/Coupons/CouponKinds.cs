namespace Bookings.Service.Coupons;

public static class CouponKinds
{
    public const string Percent = "percent";
    public const string Fixed = "fixed";
}
