using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Saga.Scheduling;

internal sealed class DueMessageConfiguration : IEntityTypeConfiguration<DueMessage>
{
    public void Configure(EntityTypeBuilder<DueMessage> message)
    {
        message.ToTable("due_messages");
        message.HasKey(m => m.TokenId);
        message.Property(m => m.TokenId).ValueGeneratedNever();
        message.Property(m => m.MessageType).HasMaxLength(500);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.HasIndex(m => m.DueAt);
    }
}
