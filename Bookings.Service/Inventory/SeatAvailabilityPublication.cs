namespace Bookings.Service.Inventory;

// The counter version last sent to Events. Kept apart from the counter so the publisher's row locks
// never block a hold on a hot counter.
public sealed class SeatAvailabilityPublication
{
    public Guid OccurrenceId { get; init; }
    public Guid TicketTypeId { get; init; }
    public long PublishedVersion { get; init; }
}
