using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Inventory;

// Per-customer admissions per (occurrence, ticket type), counted in a row that only conditional
// statements change, so two parallel bookings of one customer cannot pass the limit together.
public static class CustomerAdmissionLimit
{
    // False when the customer would exceed maxPerCustomer. A ticket type without a limit costs nothing.
    public static async Task<bool> TryAddAsync(
        BookingsDbContext db, Guid customerId, Guid occurrenceId, Guid ticketTypeId, int quantity, int? maxPerCustomer, CancellationToken cancellationToken)
    {
        if (maxPerCustomer is not { } limit)
            return true;
        if (quantity > limit)
            return false;
        var changed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO customer_admissions AS a (customer_id, occurrence_id, ticket_type_id, admissions)
            VALUES ({customerId}, {occurrenceId}, {ticketTypeId}, {quantity})
            ON CONFLICT (customer_id, occurrence_id, ticket_type_id)
            DO UPDATE SET admissions = a.admissions + {quantity} WHERE a.admissions <= {limit} - {quantity}
            """,
            cancellationToken);
        return changed == 1;
    }

    // Admissions of a released or returned booking no longer count against the limit. Bookings created
    // before this table existed have no row, so a missing row is not an error.
    public static async Task ReturnAsync(BookingsDbContext db, Booking booking, CancellationToken cancellationToken)
    {
        foreach (var line in booking.Lines.Where(l => l.CountsTowardCustomerLimit).OrderBy(l => l.TicketTypeId))
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE customer_admissions SET admissions = admissions - {line.Quantity}
                WHERE customer_id = {booking.CustomerId} AND occurrence_id = {booking.OccurrenceId}
                  AND ticket_type_id = {line.TicketTypeId} AND admissions >= {line.Quantity}
                """,
                cancellationToken);
        }
    }
}
