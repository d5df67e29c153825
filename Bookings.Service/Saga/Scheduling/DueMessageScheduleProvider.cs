using MassTransit;
using MassTransit.Scheduling;

namespace Bookings.Service.Saga.Scheduling;

// MassTransit's Schedule/Unschedule activities, backed by the due_messages table. Due messages come back
// to the saga in-process (DueMessageDelivery), so the destination address is not stored.
public sealed class DueMessageScheduleProvider(DueMessages dueMessages) : IScheduleMessageProvider
{
    public Task<ScheduledMessage<T>> ScheduleSend<T>(Uri destinationAddress, DateTime scheduledTime, T message, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken)
        where T : class
    {
        var dueAt = new DateTimeOffset(DateTime.SpecifyKind(scheduledTime, DateTimeKind.Utc));
        var tokenId = dueMessages.Schedule(message, dueAt);
        return Task.FromResult<ScheduledMessage<T>>(new ScheduledMessageHandle<T>(tokenId, scheduledTime, destinationAddress, message));
    }

    public Task CancelScheduledSend(Guid tokenId, CancellationToken cancellationToken) =>
        dueMessages.UnscheduleAsync(tokenId, cancellationToken);

    public Task CancelScheduledSend(Uri destinationAddress, Guid tokenId, CancellationToken cancellationToken) =>
        dueMessages.UnscheduleAsync(tokenId, cancellationToken);
}
