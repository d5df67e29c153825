using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;

namespace Bookings.Service.Catalog;

// Applies Events' messages to the catalog copy. Every message carries the event's Version: one that is
// not newer than what is stored changes nothing, so redelivered or late messages cannot roll back.
public sealed class CatalogWriter(BookingsDbContext db, InventoryProvisioning inventory, TimeProvider time, ILogger<CatalogWriter> logger)
{
    public async Task ApplySnapshotAsync(EventSnapshot snapshot, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(snapshot.EventId, cancellationToken);
        if (stored is not null && stored.Version >= snapshot.Version)
        {
            logger.LogInformation("Event {EventId} version {Version} ignored: version {StoredVersion} is already applied", snapshot.EventId, snapshot.Version, stored.Version);
            return;
        }

        var catalogEvent = stored ?? db.Set<CatalogEvent>().Add(new CatalogEvent
        {
            Id = snapshot.EventId, Status = "", Title = "", VenueName = "", VenueAddress = "", City = "", TimeZone = "",
        }).Entity;
        catalogEvent.OrganizationId = snapshot.OrganizationId;
        catalogEvent.Version = snapshot.Version;
        catalogEvent.Status = snapshot.Status;
        catalogEvent.Title = snapshot.Title;
        catalogEvent.VenueName = snapshot.VenueName;
        catalogEvent.VenueAddress = snapshot.VenueAddress;
        catalogEvent.City = snapshot.City;
        catalogEvent.TimeZone = snapshot.TimeZone;
        catalogEvent.HoldMinutes = snapshot.HoldMinutes;
        catalogEvent.CancellationDeadlineHours = snapshot.CancellationDeadlineHours;
        catalogEvent.CheckInOpensMinutesBefore = snapshot.CheckInOpensMinutesBefore;
        catalogEvent.NoOverlappingBookings = snapshot.Attendance.NoOverlappingBookings;
        catalogEvent.OneBookingPerOccurrence = snapshot.Attendance.OneBookingPerOccurrence;
        catalogEvent.UpdatedAt = time.GetUtcNow();
        SyncOccurrences(catalogEvent, snapshot);
        SyncTicketTypes(catalogEvent, snapshot);
        await db.SaveChangesAsync(cancellationToken);

        var capacities = snapshot.Occurrences
            .SelectMany(o => snapshot.TicketTypes.Select(t => new CounterCapacity(
                o.OccurrenceId, t.TicketTypeId, t.CapacityByOccurrence.TryGetValue(o.OccurrenceId, out var own) ? own : t.Capacity)))
            .ToList();
        await inventory.ApplyAsync(snapshot.EventId, capacities, cancellationToken);
    }

    // The stored event moved to version when the message is newer; null when unknown or not newer.
    public async Task<CatalogEvent?> NewerAsync(Guid eventId, long version, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(eventId, cancellationToken);
        if (stored is null || stored.Version >= version)
        {
            logger.LogInformation("Change of event {EventId} at version {Version} ignored: stored version is {StoredVersion}", eventId, version, stored?.Version);
            return null;
        }
        stored.Version = version;
        stored.UpdatedAt = time.GetUtcNow();
        return stored;
    }

    Task<CatalogEvent?> LoadAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Set<CatalogEvent>()
            .Include(e => e.Occurrences)
            .Include(e => e.TicketTypes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);

    void SyncOccurrences(CatalogEvent catalogEvent, EventSnapshot snapshot)
    {
        var wanted = snapshot.Occurrences.ToDictionary(o => o.OccurrenceId);
        catalogEvent.Occurrences.RemoveAll(o => !wanted.ContainsKey(o.Id) && Removed(o));
        foreach (var source in snapshot.Occurrences)
        {
            var occurrence = catalogEvent.Occurrences.FirstOrDefault(o => o.Id == source.OccurrenceId);
            if (occurrence is null)
            {
                occurrence = new CatalogOccurrence { Id = source.OccurrenceId, EventId = catalogEvent.Id, Status = source.Status };
                catalogEvent.Occurrences.Add(occurrence);
            }
            occurrence.StartsAt = source.StartsAt;
            occurrence.EndsAt = source.EndsAt;
            occurrence.Status = source.Status;
        }
    }

    void SyncTicketTypes(CatalogEvent catalogEvent, EventSnapshot snapshot)
    {
        var wanted = snapshot.TicketTypes.ToDictionary(t => t.TicketTypeId);
        catalogEvent.TicketTypes.RemoveAll(t => !wanted.ContainsKey(t.Id) && Removed(t));
        foreach (var source in snapshot.TicketTypes)
        {
            var ticketType = catalogEvent.TicketTypes.FirstOrDefault(t => t.Id == source.TicketTypeId);
            if (ticketType is null)
            {
                ticketType = new CatalogTicketType { Id = source.TicketTypeId, EventId = catalogEvent.Id, Name = source.Name, Currency = source.Currency };
                catalogEvent.TicketTypes.Add(ticketType);
            }
            ticketType.Name = source.Name;
            ticketType.Price = source.Price;
            ticketType.Currency = source.Currency;
            ticketType.Capacity = source.Capacity;
            ticketType.SalesStartAt = source.SalesStartAt;
            ticketType.SalesEndAt = source.SalesEndAt;
            ticketType.MinPerOrder = source.MinPerOrder;
            ticketType.MaxPerOrder = source.MaxPerOrder;
            ticketType.MaxPerCustomer = source.MaxPerCustomer;
        }
    }

    bool Removed<T>(T entity) where T : class
    {
        db.Remove(entity);
        return true;
    }
}
