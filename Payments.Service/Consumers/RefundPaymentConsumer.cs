using MassTransit;
using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Free;
using Payments.Service.Infrastructure;
using Payments.Service.Refunds;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Consumers;

// Records a pending full refund once per payment; the refund worker sends it to the provider.
// A duplicate RefundPayment finds the refund already there and adds nothing. A free payment's refund
// completes here, in this transaction, since no provider ever took anything.
public sealed class RefundPaymentConsumer(
    PaymentsDbContext db,
    TimeProvider time,
    RefundWakeUp wakeUp,
    FreeSettlement free,
    ILogger<RefundPaymentConsumer> logger)
    : InboxConsumer<RefundPayment, PaymentsDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<RefundPayment> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var payment = await Db.Payments.Include(p => p.Refunds)
            .SingleOrDefaultAsync(p => p.Id == message.PaymentId, cancellationToken);
        if (payment is null || payment.Refunds.Count > 0)
        {
            logger.LogInformation("Refund of payment {PaymentId} not started: {Why}", message.PaymentId, payment is null ? "no such payment" : "already refunding or refunded");
            return;
        }

        switch (payment.Status)
        {
            case PaymentStatus.Processing:
                throw new PaymentStillProcessingException(payment.Id);
            case PaymentStatus.Succeeded when payment.IsFree:
                Db.Refunds.Add(free.Refund(payment, message.Reason));
                break;
            case PaymentStatus.Succeeded:
                Db.Refunds.Add(Refund.For(payment, message.Reason, Time.GetUtcNow()));
                wakeUp.Signal();
                break;
            default:
                logger.LogInformation("Refund of payment {PaymentId} not started: it is {Status}, nothing was taken", payment.Id, payment.Status);
                break;
        }
    }
}
