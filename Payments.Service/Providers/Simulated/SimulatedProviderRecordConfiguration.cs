using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Payments.Service.Providers.Simulated;

internal sealed class SimulatedProviderRecordConfiguration : IEntityTypeConfiguration<SimulatedProviderRecord>
{
    public const string TableName = "simulated_provider_charges";

    public void Configure(EntityTypeBuilder<SimulatedProviderRecord> record)
    {
        record.ToTable(TableName);
        record.HasKey(r => r.IdempotencyKey);
        record.Property(r => r.IdempotencyKey).HasMaxLength(100);
        record.Property(r => r.Operation).HasMaxLength(20);
        record.Property(r => r.Reference).HasMaxLength(100);
        record.Property(r => r.DeclineReason).HasMaxLength(100);
        record.Property(r => r.Amount).HasPrecision(18, 4);
        record.Property(r => r.Currency).HasMaxLength(3);
        record.HasIndex(r => r.PaymentId);
    }
}
