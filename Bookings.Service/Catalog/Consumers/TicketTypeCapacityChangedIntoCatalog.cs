using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Catalog.Consumers;

// Usually already applied to the counters by the capacity endpoint; applying it again is harmless.
public sealed class TicketTypeCapacityChangedIntoCatalog(BookingsDbContext db, TimeProvider time, CatalogWriter catalog, InventoryProvisioning inventory)
    : InboxConsumer<TicketTypeCapacityChanged, BookingsDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<TicketTypeCapacityChanged> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        if (await catalog.NewerAsync(message.EventId, message.Version, cancellationToken) is not { } catalogEvent)
            return;
        if (catalogEvent.TicketTypes.FirstOrDefault(t => t.Id == message.TicketTypeId) is not { } ticketType)
            return;
        if (message.OccurrenceId is null)
            ticketType.Capacity = message.Capacity;
        var capacities = catalogEvent.Occurrences
            .Where(o => message.OccurrenceId is null || o.Id == message.OccurrenceId)
            .Select(o => new CounterCapacity(o.Id, ticketType.Id, message.Capacity))
            .ToList();
        await inventory.ApplyAsync(message.EventId, capacities, cancellationToken);
    }
}
