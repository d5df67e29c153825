using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Payments.Service.Domain;

namespace Payments.Service.Infrastructure;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> refund)
    {
        refund.ToTable("refunds");
        refund.HasKey(r => r.Id);
        refund.Property(r => r.Id).ValueGeneratedNever();
        // Refunds are always in full: a duplicate RefundPayment can never start a second one.
        refund.HasIndex(r => r.PaymentId).IsUnique();
        refund.HasIndex(r => r.NextAttemptAt).HasFilter("status = 'Pending'");
        refund.Property(r => r.Amount).HasPrecision(18, 4);
        refund.Property(r => r.Currency).HasMaxLength(3);
        refund.Property(r => r.Reason).HasMaxLength(Payment.MaxReasonLength);
        refund.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        refund.Property(r => r.ProviderReference).HasMaxLength(100);
        refund.Property(r => r.LastError).HasMaxLength(PaymentAttempt.MaxErrorLength);
        refund.Property(r => r.Version).IsRowVersion();
    }
}
