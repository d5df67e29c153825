using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Coupons;

internal sealed class CouponRedemptionConfiguration : IEntityTypeConfiguration<CouponRedemption>
{
    public void Configure(EntityTypeBuilder<CouponRedemption> redemption)
    {
        redemption.ToTable("coupon_redemptions");
        redemption.HasKey(r => r.Id);
        redemption.Property(r => r.Id).ValueGeneratedNever();
        redemption.Property(r => r.CustomerEmail).HasMaxLength(320);
        redemption.Property(r => r.Currency).HasMaxLength(3);
        redemption.Property(r => r.Discount).HasPrecision(12, 2);
        // One redemption per booking: a booking applies one code.
        redemption.HasIndex(r => r.BookingId).IsUnique();
        redemption.HasIndex(r => new { r.CouponId, r.RedeemedAt });
        redemption.HasOne<Coupon>().WithMany().HasForeignKey(r => r.CouponId);
    }
}
