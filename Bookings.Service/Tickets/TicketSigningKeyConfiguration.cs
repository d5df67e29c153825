using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Tickets;

internal sealed class TicketSigningKeyConfiguration : IEntityTypeConfiguration<TicketSigningKey>
{
    public void Configure(EntityTypeBuilder<TicketSigningKey> key)
    {
        key.ToTable("ticket_signing_keys");
        key.HasKey(k => k.KeyId);
        key.Property(k => k.KeyId).HasMaxLength(64);
        key.Property(k => k.Purpose).HasMaxLength(32);
        // One current key: concurrent first starts race on this index and all read the winner.
        key.HasIndex(k => k.Purpose).IsUnique();
    }
}
