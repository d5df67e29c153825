namespace Bookings.Service.Inventory;

// Seats of one ticket type at one occurrence. The database enforces
// 0 <= held, 0 <= sold, held + sold <= capacity; every change goes through SeatInventory's
// conditional updates, never through a tracked entity.
public sealed class InventoryCounter
{
    public Guid OccurrenceId { get; init; }
    public Guid TicketTypeId { get; init; }
    public Guid EventId { get; init; }
    public int Capacity { get; init; }
    public int Held { get; init; }
    public int Sold { get; init; }

    // Grows with every change; carried by SeatAvailabilityChanged so Events keeps the newest.
    public long Version { get; init; }

    public int Available => Capacity - Held - Sold;
}
