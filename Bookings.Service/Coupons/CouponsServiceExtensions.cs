namespace Bookings.Service.Coupons;

public static class CouponsServiceExtensions
{
    // Organizers' coupons and the ledger that placement and the saga take and give back redemptions with.
    public static IHostApplicationBuilder AddCoupons(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CouponIssuer>();
        builder.Services.AddScoped<CouponLedger>();
        return builder;
    }
}
