using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Coupons;

internal sealed class CouponCustomerRedemptionsConfiguration : IEntityTypeConfiguration<CouponCustomerRedemptions>
{
    public void Configure(EntityTypeBuilder<CouponCustomerRedemptions> redemptions)
    {
        redemptions.ToTable("coupon_customer_redemptions", table =>
            table.HasCheckConstraint("ck_coupon_customer_redemptions_redemptions", "redemptions >= 0"));
        redemptions.HasKey(r => new { r.CouponId, r.CustomerId });
        redemptions.HasOne<Coupon>().WithMany().HasForeignKey(r => r.CouponId);
    }
}
