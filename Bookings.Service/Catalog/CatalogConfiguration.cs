using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Catalog;

internal sealed class CatalogEventConfiguration : IEntityTypeConfiguration<CatalogEvent>
{
    public void Configure(EntityTypeBuilder<CatalogEvent> catalogEvent)
    {
        catalogEvent.ToTable("catalog_events");
        catalogEvent.HasKey(e => e.Id);
        catalogEvent.Property(e => e.Id).ValueGeneratedNever();
        catalogEvent.Property(e => e.Status).HasMaxLength(32);
        catalogEvent.Property(e => e.Title).HasMaxLength(300);
        catalogEvent.Property(e => e.VenueName).HasMaxLength(300);
        catalogEvent.Property(e => e.VenueAddress).HasMaxLength(500);
        catalogEvent.Property(e => e.City).HasMaxLength(200);
        catalogEvent.Property(e => e.TimeZone).HasMaxLength(100);
        // Every booking asks whether its organization has any event with the overlap rule.
        catalogEvent.HasIndex(e => e.OrganizationId).HasFilter("no_overlapping_bookings").HasDatabaseName("ix_catalog_events_overlap_rule");
        catalogEvent.HasMany(e => e.Occurrences).WithOne().HasForeignKey(o => o.EventId);
        catalogEvent.HasMany(e => e.TicketTypes).WithOne().HasForeignKey(t => t.EventId);
    }
}

internal sealed class CatalogOccurrenceConfiguration : IEntityTypeConfiguration<CatalogOccurrence>
{
    public void Configure(EntityTypeBuilder<CatalogOccurrence> occurrence)
    {
        occurrence.ToTable("catalog_occurrences");
        occurrence.HasKey(o => o.Id);
        occurrence.Property(o => o.Id).ValueGeneratedNever();
        occurrence.Property(o => o.Status).HasMaxLength(32);
    }
}

internal sealed class CatalogTicketTypeConfiguration : IEntityTypeConfiguration<CatalogTicketType>
{
    public void Configure(EntityTypeBuilder<CatalogTicketType> ticketType)
    {
        ticketType.ToTable("catalog_ticket_types");
        ticketType.HasKey(t => t.Id);
        ticketType.Property(t => t.Id).ValueGeneratedNever();
        ticketType.Property(t => t.Name).HasMaxLength(200);
        ticketType.Property(t => t.Currency).HasMaxLength(3);
        ticketType.Property(t => t.Price).HasPrecision(12, 2);
    }
}
