using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Saga;

internal sealed class BookingSagaStateConfiguration : IEntityTypeConfiguration<BookingSagaState>
{
    public void Configure(EntityTypeBuilder<BookingSagaState> saga)
    {
        saga.ToTable("booking_sagas");
        saga.HasKey(s => s.BookingId);
        saga.Property(s => s.BookingId).ValueGeneratedNever();
        saga.Property(s => s.State).HasConversion<string>().HasMaxLength(32);
        saga.Property(s => s.Version).IsConcurrencyToken();
        saga.Property(s => s.RefundReason).HasMaxLength(32);
        saga.HasIndex(s => new { s.State, s.HoldExpiresAt });
    }
}
