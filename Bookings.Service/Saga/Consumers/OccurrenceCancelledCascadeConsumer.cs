using Bookings.Service.Infrastructure;
using Bookings.Service.WaitingList;
using MassTransit;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

// Every booking on a cancelled occurrence is cancelled (and refunded when paid), each in its own transition;
// its waiting list closes in this transaction.
public sealed class OccurrenceCancelledCascadeConsumer(BookingsDbContext db, TimeProvider timeProvider, OrganizerCancellationFanOut fanOut, WaitingListClosing waitingList)
    : InboxConsumer<OccurrenceCancelled, BookingsDbContext>(db, timeProvider)
{
    protected override async Task HandleAsync(ConsumeContext<OccurrenceCancelled> context, CancellationToken cancellationToken)
    {
        await fanOut.FanOutAsync(context.Message.EventId, context.Message.OccurrenceId, context.Message.Reason, cancellationToken);
        await waitingList.CloseAsync(context.Message.EventId, context.Message.OccurrenceId, cancellationToken);
    }
}
