using Events.Service.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Service.Infrastructure.Configurations;

public sealed class OccurrenceCapacityConfiguration : IEntityTypeConfiguration<OccurrenceCapacity>
{
    public void Configure(EntityTypeBuilder<OccurrenceCapacity> c)
    {
        c.ToTable("occurrence_capacities");
        c.HasKey(x => new { x.TicketTypeId, x.OccurrenceId });
        c.HasOne<Occurrence>().WithMany().HasForeignKey(x => x.OccurrenceId).OnDelete(DeleteBehavior.Cascade);
    }
}
