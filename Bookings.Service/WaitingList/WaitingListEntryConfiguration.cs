using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.WaitingList;

internal sealed class WaitingListEntryConfiguration : IEntityTypeConfiguration<WaitingListEntry>
{
    public const string IdempotencyIndex = "ix_waiting_list_entries_customer_id_idempotency_key";
    public const string OneActiveIndex = "ix_waiting_list_entries_one_active_per_customer";

    public void Configure(EntityTypeBuilder<WaitingListEntry> entry)
    {
        entry.ToTable("waiting_list_entries", table =>
            table.HasCheckConstraint("ck_waiting_list_entries_quantity", "quantity > 0"));
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.CustomerEmail).HasMaxLength(320);
        entry.Property(e => e.CustomerName).HasMaxLength(200);
        entry.Property(e => e.EventTitle).HasMaxLength(300);
        entry.Property(e => e.TicketTypeName).HasMaxLength(200);
        entry.Property(e => e.TimeZone).HasMaxLength(100);
        entry.Property(e => e.IdempotencyKey).HasMaxLength(100);
        entry.Property(e => e.RequestFingerprint).HasMaxLength(64);
        entry.Ignore(e => e.IsActive);

        entry.HasIndex(e => new { e.CustomerId, e.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyIndex);
        // Concurrent joins of one customer race on this index: one entry wins, the other learns its id.
        entry.HasIndex(e => new { e.CustomerId, e.OccurrenceId, e.TicketTypeId }).IsUnique()
            .HasFilter("status IN ('Waiting', 'Offered')").HasDatabaseName(OneActiveIndex);
        // The line in join order, and the demand that public bookings leave alone.
        entry.HasIndex(e => new { e.OccurrenceId, e.TicketTypeId, e.JoinedAt }).HasFilter("status IN ('Waiting', 'Offered')");
        entry.HasIndex(e => e.OfferExpiresAt).HasFilter("status = 'Offered'");
        entry.HasIndex(e => new { e.CustomerId, e.JoinedAt });
    }
}
