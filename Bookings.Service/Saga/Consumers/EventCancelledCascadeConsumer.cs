using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

// Every booking on a cancelled event is cancelled (and refunded when paid), each in its own transition.
public sealed class EventCancelledCascadeConsumer(BookingsDbContext db, TimeProvider timeProvider, OrganizerCancellationFanOut fanOut)
    : InboxConsumer<EventCancelled, BookingsDbContext>(db, timeProvider)
{
    protected override Task HandleAsync(ConsumeContext<EventCancelled> context, CancellationToken cancellationToken) =>
        fanOut.FanOutAsync(context.Message.EventId, null, context.Message.Reason, cancellationToken);
}
