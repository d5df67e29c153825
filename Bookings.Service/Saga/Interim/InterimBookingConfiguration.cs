using Bookings.Service.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Saga.Interim;

// Stand-in until bookings-core's mapping of Booking is merged; delete this file then.
internal sealed class InterimBookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("bookings");
        booking.HasKey(b => b.Id);
        booking.Property(b => b.Status).HasConversion<string>().HasMaxLength(32);
        booking.Property(b => b.Currency).HasMaxLength(3);
        booking.Ignore(b => b.Admissions);
        booking.OwnsMany(b => b.Lines, line =>
        {
            line.ToTable("booking_lines");
            line.WithOwner().HasForeignKey("BookingId");
            line.HasKey("BookingId", nameof(BookingLine.TicketTypeId));
        });
        booking.HasIndex(b => new { b.CustomerId, b.IdempotencyKey }).IsUnique();
        booking.HasIndex(b => b.OccurrenceId);
        booking.HasIndex(b => b.EventId);
    }
}
