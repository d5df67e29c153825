using Bookings.Service.Infrastructure;
using Bookings.Service.WaitingList;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

// Every booking on a cancelled event is cancelled (and refunded when paid), each in its own transition;
// its waiting list closes in this transaction.
public sealed class EventCancelledCascadeConsumer(BookingsDbContext db, TimeProvider timeProvider, OrganizerCancellationFanOut fanOut, WaitingListClosing waitingList)
    : InboxConsumer<EventCancelled, BookingsDbContext>(db, timeProvider)
{
    protected override async Task HandleAsync(ConsumeContext<EventCancelled> context, CancellationToken cancellationToken)
    {
        await fanOut.FanOutAsync(context.Message.EventId, null, context.Message.Reason, cancellationToken);
        await waitingList.CloseAsync(context.Message.EventId, null, cancellationToken);
    }
}
