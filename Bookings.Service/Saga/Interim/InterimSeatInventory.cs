using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Saga.Interim;

// Stand-in until bookings-core's SeatInventory is merged (registered with TryAdd, so theirs wins).
internal sealed class InterimSeatInventory(BookingsDbContext db) : ISeatInventory
{
    public async Task<Guid?> TryHoldAsync(Guid occurrenceId, IReadOnlyList<BookingLine> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines.OrderBy(l => l.TicketTypeId))
        {
            var changed = await db.Database.ExecuteSqlAsync(
                $"UPDATE inventory_counters SET held = held + {line.Quantity}, version = version + 1 WHERE occurrence_id = {occurrenceId} AND ticket_type_id = {line.TicketTypeId} AND capacity - held - sold >= {line.Quantity}",
                cancellationToken);
            if (changed == 0)
                return line.TicketTypeId;
        }
        return null;
    }

    public Task ReleaseHeldAsync(Booking booking, CancellationToken cancellationToken) =>
        ApplyAsync(booking, line => $"UPDATE inventory_counters SET held = held - {line.Quantity}, version = version + 1 WHERE occurrence_id = {booking.OccurrenceId} AND ticket_type_id = {line.TicketTypeId} AND held >= {line.Quantity}", cancellationToken);

    public Task SellHeldAsync(Booking booking, CancellationToken cancellationToken) =>
        ApplyAsync(booking, line => $"UPDATE inventory_counters SET held = held - {line.Quantity}, sold = sold + {line.Quantity}, version = version + 1 WHERE occurrence_id = {booking.OccurrenceId} AND ticket_type_id = {line.TicketTypeId} AND held >= {line.Quantity}", cancellationToken);

    public Task ReturnSoldAsync(Booking booking, CancellationToken cancellationToken) =>
        ApplyAsync(booking, line => $"UPDATE inventory_counters SET sold = sold - {line.Quantity}, version = version + 1 WHERE occurrence_id = {booking.OccurrenceId} AND ticket_type_id = {line.TicketTypeId} AND sold >= {line.Quantity}", cancellationToken);

    async Task ApplyAsync(Booking booking, Func<BookingLine, FormattableString> statement, CancellationToken cancellationToken)
    {
        foreach (var line in booking.Lines.OrderBy(l => l.TicketTypeId))
        {
            if (await db.Database.ExecuteSqlAsync(statement(line), cancellationToken) != 1)
                throw new InvalidOperationException($"Inventory guard failed for booking {booking.Id}, ticket type {line.TicketTypeId}.");
        }
    }
}
