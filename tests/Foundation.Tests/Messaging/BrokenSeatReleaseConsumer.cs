using MassTransit;

namespace Platform.Foundation.Tests.Messaging;

// A consumer whose dependency is permanently broken: every attempt throws.
public sealed class BrokenSeatReleaseConsumer(DeliveryLog log) : IConsumer<SeatHoldExpired>
{
    public Task Consume(ConsumeContext<SeatHoldExpired> context)
    {
        log.Record(new Delivery(context.MessageId, context.Message.HoldId, null, null));
        throw new InvalidOperationException("The seat inventory is unreachable.");
    }
}
