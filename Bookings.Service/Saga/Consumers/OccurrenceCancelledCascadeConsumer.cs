using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

// Every booking on a cancelled occurrence is cancelled (and refunded when paid), each in its own transition.
public sealed class OccurrenceCancelledCascadeConsumer(BookingsDbContext db, TimeProvider timeProvider, OrganizerCancellationFanOut fanOut)
    : InboxConsumer<OccurrenceCancelled, BookingsDbContext>(db, timeProvider)
{
    protected override Task HandleAsync(ConsumeContext<OccurrenceCancelled> context, CancellationToken cancellationToken) =>
        fanOut.FanOutAsync(context.Message.EventId, context.Message.OccurrenceId, context.Message.Reason, cancellationToken);
}
