using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Catalog.Consumers;

public sealed class EventPublishedIntoCatalog(BookingsDbContext db, TimeProvider time, CatalogWriter catalog)
    : InboxConsumer<EventPublished, BookingsDbContext>(db, time)
{
    protected override Task HandleAsync(ConsumeContext<EventPublished> context, CancellationToken cancellationToken) =>
        catalog.ApplySnapshotAsync(context.Message.Event, cancellationToken);
}
