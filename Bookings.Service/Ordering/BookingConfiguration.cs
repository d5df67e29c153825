using Bookings.Service.Domain;
using Bookings.Service.Saga;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Ordering;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public const string IdempotencyIndex = "ix_bookings_customer_id_idempotency_key";

    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("bookings");
        booking.HasKey(b => b.Id);
        booking.Property(b => b.Id).ValueGeneratedNever();
        booking.Property(b => b.Currency).HasMaxLength(3);
        booking.Property(b => b.CustomerEmail).HasMaxLength(320);
        booking.Property(b => b.CustomerName).HasMaxLength(200);
        booking.Property(b => b.EventTitle).HasMaxLength(300);
        booking.Property(b => b.TimeZone).HasMaxLength(100);
        booking.Property(b => b.VenueName).HasMaxLength(300);
        booking.Property(b => b.VenueAddress).HasMaxLength(500);
        booking.Property(b => b.City).HasMaxLength(200);
        booking.Property(b => b.StatusReason).HasMaxLength(500);
        booking.Property(b => b.IdempotencyKey).HasMaxLength(100);
        booking.Property(b => b.RequestFingerprint).HasMaxLength(64);
        booking.Property(b => b.Subtotal).HasPrecision(12, 2);
        booking.Property(b => b.Discount).HasPrecision(12, 2);
        booking.Property(b => b.Total).HasPrecision(12, 2);
        booking.Property(b => b.CouponCode).HasMaxLength(32);
        booking.Ignore(b => b.Admissions);
        // The saga shares this row (table splitting): loading a booking loads its state.
        booking.Ignore(b => b.Status);
        booking.HasOne(b => b.Saga).WithOne().HasForeignKey<BookingState>(s => s.CorrelationId);
        booking.Navigation(b => b.Saga).IsRequired().AutoInclude();
        // Columns the saga reads too: named on both sides so they are shared, not duplicated.
        booking.Property(b => b.PaymentId).HasColumnName("payment_id");
        booking.Property(b => b.HoldExpiresAt).HasColumnName("hold_expires_at");
        booking.Property(b => b.CreatedAt).HasColumnName("created_at");
        booking.OwnsMany(b => b.Lines, line =>
        {
            line.ToTable("booking_lines");
            line.WithOwner().HasForeignKey("BookingId");
            line.HasKey("BookingId", nameof(BookingLine.TicketTypeId));
            line.Property(l => l.TicketTypeName).HasMaxLength(200);
            line.Property(l => l.UnitPrice).HasPrecision(12, 2);
        });
        // Concurrent retries of one request race on this index: exactly one booking wins.
        booking.HasIndex(b => new { b.CustomerId, b.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyIndex);
        booking.HasIndex(b => new { b.CustomerId, b.CreatedAt });
        booking.HasIndex(b => b.OccurrenceId);
        booking.HasIndex(b => b.EventId);
    }
}
