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
        saga.Property(s => s.RefundFailure).HasMaxLength(BookingState.MaxRefundFailureLength);
        // The organizer's list of refunds that need a person.
        saga.HasIndex(s => s.RefundFailedAt).HasFilter("refund_failed_at IS NOT NULL AND refunded_at IS NULL");
    }
}
