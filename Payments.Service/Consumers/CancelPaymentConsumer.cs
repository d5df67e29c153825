using MassTransit;
using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Consumers;

// A payment not yet taken is cancelled; one in flight is marked and its attempt decides, as does recovery
// for one whose earlier charge has no known outcome; a succeeded one stays as it is (Bookings asks for a
// refund). A concurrent confirm makes the save conflict and retry.
public sealed class CancelPaymentConsumer(PaymentsDbContext db, TimeProvider time, IPaymentProvider provider, IIntegrationEventOutbox outbox)
    : InboxConsumer<CancelPayment, PaymentsDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<CancelPayment> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var now = Time.GetUtcNow();
        var payment = await Db.Payments.SingleOrDefaultAsync(p => p.Id == message.PaymentId, cancellationToken);
        switch (payment?.Status)
        {
            case null:
                Db.Payments.Add(Payment.CancelledBeforeRequest(message.PaymentId, message.BookingId, provider.Name, now));
                outbox.Add(new PaymentCancelled(message.PaymentId, message.BookingId, now));
                break;
            case PaymentStatus.RequiresConfirmation when payment.ProcessingStartedAt is not null:
                // Handed back after a charge nobody heard the end of: recovery asks the provider, then ends it.
                payment.CancelOnceChargeIsKnown(now);
                break;
            case PaymentStatus.RequiresConfirmation:
                payment.Cancel(now);
                outbox.Add(new PaymentCancelled(payment.Id, payment.BookingId, now));
                break;
            case PaymentStatus.Processing:
                payment.RequestCancel(now);
                break;
        }
    }
}
