using MassTransit;

namespace Platform.Foundation.Tests.Messaging;

// Not idempotent on purpose: every delivery is recorded, so duplicate publishes are visible.
public sealed class PlainTicketOrderRecorder(DeliveryLog log) : IConsumer<TicketOrderPlaced>
{
    public Task Consume(ConsumeContext<TicketOrderPlaced> context)
    {
        log.Record(new Delivery(context.MessageId, context.Message.OrderId, null, null));
        return Task.CompletedTask;
    }
}
