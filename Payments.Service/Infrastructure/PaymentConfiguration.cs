using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Payments.Service.Domain;

namespace Payments.Service.Infrastructure;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("payments");
        payment.HasKey(p => p.Id);
        payment.Property(p => p.Id).ValueGeneratedNever();
        // The idempotency key of RequestPayment: one payment per booking, whatever is redelivered.
        payment.HasIndex(p => p.BookingId).IsUnique();
        payment.HasIndex(p => p.CustomerId);
        // The recovery worker's scan for payments left in flight.
        payment.HasIndex(p => p.ProcessingStartedAt).HasFilter("status = 'Processing'");
        payment.Property(p => p.Amount).HasPrecision(18, 4);
        payment.Property(p => p.Currency).HasMaxLength(3);
        payment.Property(p => p.Description).HasMaxLength(Payment.MaxDescriptionLength);
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        payment.Property(p => p.Provider).HasMaxLength(50);
        payment.Property(p => p.ProviderReference).HasMaxLength(100);
        payment.Property(p => p.CardTokenKind).HasMaxLength(50);
        payment.Property(p => p.FailureReason).HasMaxLength(Payment.MaxReasonLength);
        payment.Property(p => p.Version).IsRowVersion();
        payment.Ignore(p => p.IsPlaceholder);
        payment.Ignore(p => p.IsFree);
        payment.Ignore(p => p.ChargeIdempotencyKey);
        payment.Ignore(p => p.RefundIdempotencyKey);
        payment.HasMany(p => p.Attempts).WithOne().HasForeignKey(a => a.PaymentId).OnDelete(DeleteBehavior.Cascade);
        payment.HasMany(p => p.Refunds).WithOne().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Cascade);
    }
}
