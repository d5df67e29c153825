using MassTransit;
using MassTransit.Scheduling;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Scheduling;

// MassTransit's Schedule/Unschedule activities, as MassTransit's own ScheduleMessage and CancelScheduledMessage
// written to the outbox: they commit with the transition that made them, or not at all. Bookings' scheduler
// (DueMessageIntake, DueMessageCancellation) consumes them into the due_messages table.
public sealed class OutboxScheduleMessageProvider(IIntegrationEventOutbox outbox, TimeProvider timeProvider) : IScheduleMessageProvider
{
    public Task<ScheduledMessage<T>> ScheduleSend<T>(Uri destinationAddress, DateTime scheduledTime, T message, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken)
        where T : class
    {
        var dueAt = DateTime.SpecifyKind(scheduledTime, DateTimeKind.Utc);
        var schedule = new ScheduleMessageCommand
        {
            CorrelationId = NewId.NextGuid(),
            ScheduledTime = dueAt,
            PayloadType = MessageTypeCache<T>.MessageTypeNames,
            Destination = destinationAddress,
            Payload = message,
        };
        outbox.Add(schedule);
        return Task.FromResult<ScheduledMessage<T>>(new ScheduledMessageHandle<T>(schedule.CorrelationId, dueAt, destinationAddress, message));
    }

    public Task CancelScheduledSend(Guid tokenId, CancellationToken cancellationToken)
    {
        outbox.Add(new CancelScheduledMessageCommand
        {
            CorrelationId = NewId.NextGuid(),
            Timestamp = timeProvider.GetUtcNow().UtcDateTime,
            TokenId = tokenId,
        });
        return Task.CompletedTask;
    }

    public Task CancelScheduledSend(Uri destinationAddress, Guid tokenId, CancellationToken cancellationToken) =>
        CancelScheduledSend(tokenId, cancellationToken);
}
