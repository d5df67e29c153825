using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Tickets.Transfer;

internal sealed class TicketTransferConfiguration : IEntityTypeConfiguration<TicketTransfer>
{
    public const string IdempotencyIndex = "ix_ticket_transfers_customer_id_idempotency_key";

    public void Configure(EntityTypeBuilder<TicketTransfer> transfer)
    {
        transfer.ToTable("ticket_transfers");
        transfer.HasKey(t => t.Id);
        transfer.Property(t => t.Id).ValueGeneratedNever();
        transfer.Property(t => t.RecipientEmail).HasMaxLength(TransferRequestShape.MaxEmailLength);
        transfer.Property(t => t.RecipientName).HasMaxLength(TransferRequestShape.MaxNameLength);
        transfer.Property(t => t.IdempotencyKey).HasMaxLength(TransferRequestShape.MaxIdempotencyKeyLength);
        transfer.Property(t => t.RequestFingerprint).HasMaxLength(64);
        // Concurrent retries of one request race on this index: exactly one transfer is recorded.
        transfer.HasIndex(t => new { t.CustomerId, t.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyIndex);
        transfer.HasIndex(t => t.OldTicketId).IsUnique();
        transfer.HasIndex(t => t.BookingId);
    }
}
