using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Payments.Service.Domain;

namespace Payments.Service.Infrastructure;

internal sealed class PaymentAttemptConfiguration : IEntityTypeConfiguration<PaymentAttempt>
{
    public void Configure(EntityTypeBuilder<PaymentAttempt> attempt)
    {
        attempt.ToTable("payment_attempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Id).ValueGeneratedNever();
        attempt.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        attempt.Property(a => a.CardTokenKind).HasMaxLength(50);
        attempt.Property(a => a.Outcome).HasMaxLength(50);
        attempt.Property(a => a.Error).HasMaxLength(PaymentAttempt.MaxErrorLength);
    }
}
