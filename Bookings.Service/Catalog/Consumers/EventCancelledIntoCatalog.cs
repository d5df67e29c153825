using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Catalog.Consumers;

// Stops sales only; the bookings on the event are cancelled by the saga's own consumer.
public sealed class EventCancelledIntoCatalog(BookingsDbContext db, TimeProvider time, CatalogWriter catalog)
    : InboxConsumer<EventCancelled, BookingsDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<EventCancelled> context, CancellationToken cancellationToken)
    {
        if (await catalog.NewerAsync(context.Message.EventId, context.Message.Version, cancellationToken) is { } catalogEvent)
            catalogEvent.Status = CatalogEvent.Cancelled;
    }
}
