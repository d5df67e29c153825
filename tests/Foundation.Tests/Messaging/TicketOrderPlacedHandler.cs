using System.Diagnostics;
using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Foundation.Tests.Messaging;

// An idempotent consumer under test: writes a receipt per handling, in the inbox transaction.
public sealed class TicketOrderPlacedHandler(OrderingDbContext db, TimeProvider time, DeliveryLog log)
    : InboxConsumer<TicketOrderPlaced, OrderingDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<TicketOrderPlaced> context, CancellationToken cancellationToken)
    {
        log.Record(new Delivery(
            context.MessageId,
            context.Message.OrderId,
            context.Headers.Get<string>(MessagingTelemetry.CorrelationIdHeader),
            Activity.Current?.TraceId.ToString()));
        if (context.Message.HandlingDelayMs > 0)
            await Task.Delay(context.Message.HandlingDelayMs, cancellationToken);
        Db.Receipts.Add(new TicketOrderReceipt { Id = Guid.CreateVersion7(), OrderId = context.Message.OrderId });
    }
}
