using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Tickets;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> ticket)
    {
        ticket.ToTable("tickets");
        ticket.HasKey(t => t.Id);
        ticket.Property(t => t.Id).ValueGeneratedNever();
        ticket.Property(t => t.Code).HasMaxLength(64);
        ticket.Property(t => t.TicketTypeName).HasMaxLength(200);
        ticket.Property(t => t.HolderName).HasMaxLength(200);
        ticket.Property(t => t.TransferredToEmail).HasMaxLength(320);
        ticket.Property(t => t.HolderEmail).HasMaxLength(320);
        ticket.HasIndex(t => t.Code).IsUnique();
        // A ticket is handed on at most once.
        ticket.HasIndex(t => t.TransferredFromTicketId).IsUnique().HasFilter("transferred_from_ticket_id IS NOT NULL");
        ticket.HasIndex(t => t.BookingId);
        ticket.HasIndex(t => new { t.OccurrenceId, t.TicketTypeId });
    }
}
