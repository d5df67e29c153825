using Events.Service.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Service.Infrastructure.Configurations;

// No foreign keys: a counter message may arrive before or after the event it counts for.
public sealed class SeatCounterConfiguration : IEntityTypeConfiguration<SeatCounter>
{
    public void Configure(EntityTypeBuilder<SeatCounter> c)
    {
        c.ToTable("seat_counters");
        c.HasKey(x => new { x.OccurrenceId, x.TicketTypeId });
        c.HasIndex(x => x.EventId);
    }
}
