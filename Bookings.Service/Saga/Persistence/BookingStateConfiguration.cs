using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Saga.Persistence;

internal sealed class BookingStateConfiguration : IEntityTypeConfiguration<BookingState>
{
    public void Configure(EntityTypeBuilder<BookingState> saga)
    {
        saga.ToTable("booking_sagas");
        saga.HasKey(s => s.CorrelationId);
        saga.Property(s => s.CorrelationId).HasColumnName("booking_id").ValueGeneratedNever();
        saga.Property(s => s.CurrentState).HasColumnName("state").HasMaxLength(32);
        saga.Property(s => s.Version).IsConcurrencyToken();
        saga.Property(s => s.RefundReason).HasMaxLength(32);
        saga.HasIndex(s => new { s.CurrentState, s.HoldExpiresAt }).HasDatabaseName("ix_booking_sagas_state_hold_expires_at");
    }
}
