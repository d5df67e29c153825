using Events.Service.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Service.Infrastructure.Configurations;

public sealed class OccurrenceConfiguration : IEntityTypeConfiguration<Occurrence>
{
    public void Configure(EntityTypeBuilder<Occurrence> o)
    {
        o.ToTable("occurrences");
        o.HasKey(x => x.Id);
        // Ids are UUIDv7 chosen by the code; a new child with its id set must be inserted, not updated.
        o.Property(x => x.Id).ValueGeneratedNever();
        o.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        o.Property(x => x.CancellationReason).HasMaxLength(1_000);
        o.HasIndex(x => new { x.EventId, x.OriginalStartsAt }).IsUnique();
        // The date-range filter: occurrences starting in the range, per event.
        o.HasIndex(x => new { x.StartsAt, x.EventId }).HasFilter("status = 'Scheduled'");
    }
}
