using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

public sealed class PaymentFailedConsumer(BookingsDbContext db, TimeProvider timeProvider, BookingSaga saga)
    : InboxConsumer<PaymentFailed, BookingsDbContext>(db, timeProvider)
{
    protected override Task HandleAsync(ConsumeContext<PaymentFailed> context, CancellationToken cancellationToken) =>
        saga.ApplyAsync(context.Message.BookingId, new SagaEvent(SagaTrigger.PaymentFailed, context.Message.Reason, context.Message.Message), cancellationToken);
}
