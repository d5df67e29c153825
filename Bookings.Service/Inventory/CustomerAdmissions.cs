namespace Bookings.Service.Inventory;

// Admissions of one ticket type at one occurrence that a customer holds or bought; a conditional
// update of this row enforces the per-customer limit under concurrency.
public sealed class CustomerAdmissions
{
    public Guid CustomerId { get; init; }
    public Guid OccurrenceId { get; init; }
    public Guid TicketTypeId { get; init; }
    public int Admissions { get; init; }
}
