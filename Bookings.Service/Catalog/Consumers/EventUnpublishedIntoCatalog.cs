using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Catalog.Consumers;

public sealed class EventUnpublishedIntoCatalog(BookingsDbContext db, TimeProvider time, CatalogWriter catalog)
    : InboxConsumer<EventUnpublished, BookingsDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<EventUnpublished> context, CancellationToken cancellationToken)
    {
        if (await catalog.NewerAsync(context.Message.EventId, context.Message.Version, cancellationToken) is { } catalogEvent)
            catalogEvent.Status = CatalogEvent.Draft;
    }
}
