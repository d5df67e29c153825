using Events.Service.Domain;
using Platform.Contracts.Events;

namespace Events.Service.IntegrationEvents;

public static class EventSnapshots
{
    public static EventSnapshot From(CatalogEvent e) => new(
        e.Id,
        e.OrganizationId,
        e.Version,
        e.Status.ToString(),
        e.Title,
        e.Category,
        e.Venue.Name,
        e.Venue.Address,
        e.Venue.City,
        e.Venue.Country,
        e.Venue.TimeZone,
        e.HoldMinutes,
        e.CancellationDeadlineHours,
        new AttendanceRules(e.NoOverlappingBookings, e.OneBookingPerOccurrence),
        [.. e.Occurrences.OrderBy(o => o.StartsAt).Select(o => new OccurrenceSnapshot(o.Id, o.StartsAt, o.EndsAt, o.Status.ToString()))],
        [.. e.TicketTypes.OrderBy(t => t.Position).Select(t => new TicketTypeSnapshot(
            t.Id,
            t.Name,
            t.Price,
            t.Currency,
            t.Capacity,
            t.OccurrenceCapacities.ToDictionary(c => c.OccurrenceId, c => c.Capacity),
            t.SalesStartAt,
            t.SalesEndAt,
            t.MinPerOrder,
            t.MaxPerOrder,
            t.MaxPerCustomer))],
        e.CheckInOpensMinutesBefore);
}
