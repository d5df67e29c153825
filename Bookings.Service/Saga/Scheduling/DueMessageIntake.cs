using System.Text.Json;
using MassTransit;
using MassTransit.Scheduling;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Scheduling;

// Bookings' scheduler, first half: MassTransit's ScheduleMessage becomes a due row, delivered to the saga by
// DueMessageDelivery when it is due. The token is the row's key, so a redelivered schedule stores nothing new.
public sealed partial class DueMessageIntake(DueMessages dueMessages, ILogger<DueMessageIntake> logger) : IConsumer<ScheduleMessage>
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var schedule = context.Message;
        var type = DueMessageTypes.Resolve(schedule.PayloadType ?? [])
            ?? throw new InvalidOperationException(
                $"Schedule {schedule.CorrelationId} is for [{string.Join(", ", schedule.PayloadType ?? [])}], which Bookings does not deliver.");
        var body = schedule.Payload switch
        {
            JsonElement json => json.GetRawText(),
            null => throw new InvalidOperationException($"Schedule {schedule.CorrelationId} has no payload."),
            var payload => OutboxMessageFormat.Serialize(payload),
        };
        var dueAt = new DateTimeOffset(DateTime.SpecifyKind(schedule.ScheduledTime, DateTimeKind.Utc));
        var stored = await dueMessages.StoreOnceAsync(schedule.CorrelationId, dueAt, type, body, context.CancellationToken);
        LogStored(schedule.CorrelationId, type.Name, dueAt, stored == 1 ? "stored" : "already stored");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Schedule {TokenId} of {MessageType} due {DueAt}: {Outcome}")]
    partial void LogStored(Guid tokenId, string messageType, DateTimeOffset dueAt, string outcome);
}
