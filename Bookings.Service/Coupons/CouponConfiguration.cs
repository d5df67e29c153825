using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Coupons;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    public const string CodeIndex = "ix_coupons_organization_id_code";
    public const string IdempotencyIndex = "ix_coupons_organization_id_idempotency_key";

    public void Configure(EntityTypeBuilder<Coupon> coupon)
    {
        coupon.ToTable("coupons", table =>
        {
            table.HasCheckConstraint("ck_coupons_redeemed", "redeemed >= 0 AND (max_redemptions IS NULL OR redeemed <= max_redemptions)");
            table.HasCheckConstraint("ck_coupons_amount", "amount > 0");
        });
        coupon.HasKey(c => c.Id);
        coupon.Property(c => c.Id).ValueGeneratedNever();
        coupon.Property(c => c.Code).HasMaxLength(CouponDefinition.MaxCodeLength);
        coupon.Property(c => c.Kind).HasMaxLength(16);
        coupon.Property(c => c.Amount).HasPrecision(12, 2);
        coupon.Property(c => c.Currency).HasMaxLength(3);
        coupon.Property(c => c.MinimumOrder).HasPrecision(12, 2);
        coupon.Property(c => c.IdempotencyKey).HasMaxLength(100);
        coupon.Property(c => c.RequestFingerprint).HasMaxLength(64);
        // Two organizers creating the same code at once: exactly one wins, the other gets 409.
        coupon.HasIndex(c => new { c.OrganizationId, c.Code }).IsUnique().HasDatabaseName(CodeIndex);
        coupon.HasIndex(c => new { c.OrganizationId, c.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyIndex);
    }
}
