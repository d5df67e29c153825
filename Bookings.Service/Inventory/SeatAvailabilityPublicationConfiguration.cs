using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Inventory;

internal sealed class SeatAvailabilityPublicationConfiguration : IEntityTypeConfiguration<SeatAvailabilityPublication>
{
    public void Configure(EntityTypeBuilder<SeatAvailabilityPublication> publication)
    {
        publication.ToTable("seat_availability_publications");
        publication.HasKey(p => new { p.OccurrenceId, p.TicketTypeId });
    }
}
