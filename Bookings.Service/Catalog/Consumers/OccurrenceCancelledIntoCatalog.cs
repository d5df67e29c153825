using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Catalog.Consumers;

// Stops sales for the occurrence only; its bookings are cancelled by the saga's own consumer.
public sealed class OccurrenceCancelledIntoCatalog(BookingsDbContext db, TimeProvider time, CatalogWriter catalog)
    : InboxConsumer<OccurrenceCancelled, BookingsDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<OccurrenceCancelled> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        if (await catalog.NewerAsync(message.EventId, message.Version, cancellationToken) is not { } catalogEvent)
            return;
        if (catalogEvent.Occurrences.FirstOrDefault(o => o.Id == message.OccurrenceId) is { } occurrence)
            occurrence.Status = CatalogOccurrence.Cancelled;
    }
}
