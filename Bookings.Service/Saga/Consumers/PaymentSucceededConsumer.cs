using Bookings.Service.Infrastructure;
using MassTransit;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Consumers;

public sealed class PaymentSucceededConsumer(BookingsDbContext db, TimeProvider timeProvider, BookingSaga saga)
    : InboxConsumer<PaymentSucceeded, BookingsDbContext>(db, timeProvider)
{
    protected override Task HandleAsync(ConsumeContext<PaymentSucceeded> context, CancellationToken cancellationToken) =>
        saga.ApplyAsync(context.Message.BookingId, new SagaEvent(SagaTrigger.PaymentSucceeded, Amount: context.Message.Amount), cancellationToken);
}
