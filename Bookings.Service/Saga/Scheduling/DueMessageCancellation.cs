using MassTransit;
using MassTransit.Scheduling;

namespace Bookings.Service.Saga.Scheduling;

// Bookings' scheduler, second half: MassTransit's CancelScheduledMessage deletes the due row. One that
// overtook its schedule deletes nothing, and the schedule's row is then delivered with a token the saga
// no longer holds, which the machine ignores.
public sealed class DueMessageCancellation(DueMessages dueMessages) : IConsumer<CancelScheduledMessage>
{
    public Task Consume(ConsumeContext<CancelScheduledMessage> context) =>
        dueMessages.DeleteAsync(context.Message.TokenId, context.CancellationToken);
}
