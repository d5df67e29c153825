using Events.Service.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Service.Infrastructure.Configurations;

public sealed class TicketTypeConfiguration : IEntityTypeConfiguration<TicketType>
{
    public void Configure(EntityTypeBuilder<TicketType> t)
    {
        t.ToTable("ticket_types");
        t.HasKey(x => x.Id);
        // Ids are UUIDv7 chosen by the code; a new child with its id set must be inserted, not updated.
        t.Property(x => x.Id).ValueGeneratedNever();
        t.Property(x => x.Name).HasMaxLength(100);
        t.Property(x => x.Description).HasMaxLength(1_000);
        t.Property(x => x.Currency).HasMaxLength(3);
        t.Property(x => x.Price).HasPrecision(12, 2);
        // The price-range filter.
        t.HasIndex(x => new { x.Price, x.EventId });
        t.HasIndex(x => x.EventId);
        t.HasMany(x => x.OccurrenceCapacities).WithOne().HasForeignKey(c => c.TicketTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}
