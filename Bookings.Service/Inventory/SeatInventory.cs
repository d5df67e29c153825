using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Inventory;

public sealed class SeatInventory(BookingsDbContext db) : ISeatInventory
{
    public async Task<Guid?> TryHoldAsync(Guid occurrenceId, IReadOnlyList<BookingLine> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines.OrderBy(l => l.TicketTypeId))
        {
            var held = await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE inventory_counters SET held = held + {line.Quantity}, version = version + 1
                WHERE occurrence_id = {occurrenceId} AND ticket_type_id = {line.TicketTypeId}
                  AND capacity - held - sold - (SELECT COALESCE(SUM(w.quantity), 0) FROM waiting_list_entries w
                      WHERE w.occurrence_id = {occurrenceId} AND w.ticket_type_id = {line.TicketTypeId} AND w.status = 'Waiting') >= {line.Quantity}
                """,
                cancellationToken);
            if (held == 0)
                return line.TicketTypeId;
        }
        return null;
    }

    // The customer's row first, then the counters: the same lock order as placing a booking.
    public async Task ReleaseHeldAsync(Booking booking, CancellationToken cancellationToken)
    {
        await CustomerAdmissionLimit.ReturnAsync(db, booking, cancellationToken);
        await GuardedAsync(booking, "release held", line =>
            $"""
            UPDATE inventory_counters SET held = held - {line.Quantity}, version = version + 1
            WHERE occurrence_id = {booking.OccurrenceId} AND ticket_type_id = {line.TicketTypeId} AND held >= {line.Quantity}
            """, cancellationToken);
    }

    public Task SellHeldAsync(Booking booking, CancellationToken cancellationToken) =>
        GuardedAsync(booking, "sell held", line =>
            $"""
            UPDATE inventory_counters SET held = held - {line.Quantity}, sold = sold + {line.Quantity}, version = version + 1
            WHERE occurrence_id = {booking.OccurrenceId} AND ticket_type_id = {line.TicketTypeId} AND held >= {line.Quantity}
            """, cancellationToken);

    public async Task ReturnSoldAsync(Booking booking, CancellationToken cancellationToken)
    {
        await CustomerAdmissionLimit.ReturnAsync(db, booking, cancellationToken);
        await GuardedAsync(booking, "return sold", line =>
            $"""
            UPDATE inventory_counters SET sold = sold - {line.Quantity}, version = version + 1
            WHERE occurrence_id = {booking.OccurrenceId} AND ticket_type_id = {line.TicketTypeId} AND sold >= {line.Quantity}
            """, cancellationToken);
    }

    // A guard that fails means the booking and the counters disagree: throwing rolls the caller's transaction back.
    async Task GuardedAsync(Booking booking, string change, Func<BookingLine, FormattableString> statement, CancellationToken cancellationToken)
    {
        foreach (var line in booking.Lines.OrderBy(l => l.TicketTypeId))
        {
            if (await db.Database.ExecuteSqlAsync(statement(line), cancellationToken) != 1)
            {
                throw new InvalidOperationException(
                    $"Inventory guard failed ({change}) for booking {booking.Id}: occurrence {booking.OccurrenceId}, ticket type {line.TicketTypeId}, quantity {line.Quantity}.");
            }
        }
    }
}
