using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Catalog.Consumers;

// Bookings keep a copy of their occurrence's times (for tickets and emails), so they move too.
public sealed class OccurrenceRescheduledIntoCatalog(BookingsDbContext db, TimeProvider time, CatalogWriter catalog)
    : InboxConsumer<OccurrenceRescheduled, BookingsDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<OccurrenceRescheduled> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        if (await catalog.NewerAsync(message.EventId, message.Version, cancellationToken) is not { } catalogEvent)
            return;
        if (catalogEvent.Occurrences.FirstOrDefault(o => o.Id == message.OccurrenceId) is not { } occurrence)
            return;
        occurrence.StartsAt = message.StartsAt;
        occurrence.EndsAt = message.EndsAt;
        await Db.Set<Booking>()
            .Where(b => b.OccurrenceId == message.OccurrenceId)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.StartsAt, message.StartsAt).SetProperty(x => x.EndsAt, message.EndsAt), cancellationToken);
    }
}
