using Events.Service.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Service.Infrastructure.Configurations;

// Every filter and sort of the public browse has an index here (partial on published events).
public sealed class CatalogEventConfiguration : IEntityTypeConfiguration<CatalogEvent>
{
    public const string PublishedOnly = "status = 'Published'";

    public void Configure(EntityTypeBuilder<CatalogEvent> e)
    {
        e.ToTable("events");
        e.HasKey(x => x.Id);
        // Ids are UUIDv7 chosen by the code; a new child with its id set must be inserted, not updated.
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Description).HasMaxLength(10_000);
        e.Property(x => x.Category).HasMaxLength(50);
        e.Property(x => x.CityKey).HasMaxLength(100);
        e.Property(x => x.CoverImageUrl).HasMaxLength(2_000);
        e.Property(x => x.RecurrenceRule).HasMaxLength(500);
        e.Property(x => x.MinPriceCurrency).HasMaxLength(3);
        e.Property(x => x.MinPrice).HasPrecision(12, 2);
        e.Property(x => x.CancellationReason).HasMaxLength(1_000);
        e.Property(x => x.StartsAtLocal).HasColumnType("timestamp without time zone");
        e.Property(x => x.EndsAtLocal).HasColumnType("timestamp without time zone");
        e.Property(x => x.Version).IsConcurrencyToken();
        e.OwnsOne(x => x.Venue, venue =>
        {
            venue.Property(v => v.Name).HasMaxLength(200);
            venue.Property(v => v.Address).HasMaxLength(300);
            venue.Property(v => v.City).HasMaxLength(100);
            venue.Property(v => v.Country).HasMaxLength(2);
            venue.Property(v => v.TimeZone).HasMaxLength(64);
            venue.HasIndex(v => v.Country).HasFilter(PublishedOnly);
        });
        e.HasGeneratedTsVectorColumn(x => x.SearchVector, "english", x => new { x.Title, x.Description })
            .HasIndex(x => x.SearchVector).HasMethod("GIN");

        e.HasIndex(x => new { x.OrganizationId, x.Status, x.StartsAt });
        e.HasIndex(x => new { x.StartsAt, x.Id }).HasFilter(PublishedOnly);
        e.HasIndex(x => new { x.Title, x.Id }).HasFilter(PublishedOnly);
        e.HasIndex(x => new { x.MinPrice, x.Id }).HasFilter(PublishedOnly);
        e.HasIndex(x => new { x.SeatsLeft, x.Id }).HasFilter(PublishedOnly);
        e.HasIndex(x => x.CityKey).HasFilter(PublishedOnly);
        e.HasIndex(x => x.Category).HasFilter(PublishedOnly);
        e.HasIndex(x => x.ExpandedUntil).HasFilter("recurrence_rule IS NOT NULL");

        e.HasMany(x => x.Occurrences).WithOne().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.TicketTypes).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
