using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Catalog.Consumers;

public sealed class EventUpdatedIntoCatalog(BookingsDbContext db, TimeProvider time, CatalogWriter catalog)
    : InboxConsumer<EventUpdated, BookingsDbContext>(db, time)
{
    protected override Task HandleAsync(ConsumeContext<EventUpdated> context, CancellationToken cancellationToken) =>
        catalog.ApplySnapshotAsync(context.Message.Event, cancellationToken);
}
