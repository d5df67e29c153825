using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Saga.Persistence;

// The saga lives in its booking's row: CurrentState is the bookings.status column, and payment_id,
// hold_expires_at and created_at are the booking's own columns, shared.
internal sealed class BookingStateConfiguration : IEntityTypeConfiguration<BookingState>
{
    public void Configure(EntityTypeBuilder<BookingState> saga)
    {
        saga.ToTable("bookings");
        saga.HasKey(s => s.CorrelationId);
        saga.Property(s => s.CorrelationId).HasColumnName("id").ValueGeneratedNever();
        saga.Property(s => s.CurrentState).HasColumnName("status").HasMaxLength(32);
        saga.Property(s => s.Version).HasColumnName("saga_version").IsConcurrencyToken();
        saga.Property(s => s.PaymentId).HasColumnName("payment_id");
        saga.Property(s => s.HoldExpiresAt).HasColumnName("hold_expires_at");
        saga.Property(s => s.CreatedAt).HasColumnName("created_at");
        saga.Property(s => s.RefundReason).HasMaxLength(32);
        saga.Property(s => s.RefundFailure).HasMaxLength(BookingState.MaxRefundFailureLength);
        // The organizer's list of refunds that need a person.
        saga.HasIndex(s => s.RefundFailedAt).HasFilter("refund_failed_at IS NOT NULL AND refunded_at IS NULL");
    }
}
