using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

public sealed class PaymentRefundedConsumer(BookingsDbContext db, TimeProvider timeProvider, BookingSaga saga)
    : InboxConsumer<PaymentRefunded, BookingsDbContext>(db, timeProvider)
{
    protected override Task HandleAsync(ConsumeContext<PaymentRefunded> context, CancellationToken cancellationToken) =>
        saga.ApplyAsync(context.Message.BookingId, new SagaEvent(SagaTrigger.PaymentRefunded, context.Message.Reason, Amount: context.Message.Amount), cancellationToken);
}
