using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Inventory;

internal sealed class InventoryCounterConfiguration : IEntityTypeConfiguration<InventoryCounter>
{
    public void Configure(EntityTypeBuilder<InventoryCounter> counter)
    {
        counter.ToTable("inventory_counters", table =>
        {
            table.HasCheckConstraint("ck_inventory_counters_held", "held >= 0");
            table.HasCheckConstraint("ck_inventory_counters_sold", "sold >= 0");
            table.HasCheckConstraint("ck_inventory_counters_capacity", "held + sold <= capacity");
        });
        counter.HasKey(c => new { c.OccurrenceId, c.TicketTypeId });
        counter.HasIndex(c => new { c.EventId, c.TicketTypeId });
        counter.Ignore(c => c.Available);
    }
}
