namespace Bookings.Service.Domain;

// One ticket type and how many admissions of it; prices are copied at booking time.
public sealed class BookingLine
{
    public Guid TicketTypeId { get; init; }
    public required string TicketTypeName { get; init; }
    public int Quantity { get; init; }
    public decimal UnitPrice { get; init; }

    // Whether the ticket type limited admissions per customer when the booking was made: only then were
    // its admissions counted, and only then are they given back.
    public bool CountsTowardCustomerLimit { get; init; } = true;
}
