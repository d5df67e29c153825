using MassTransit;
using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Free;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Consumers;

// Creates the payment once per booking: a redelivery or a second request for the same booking finds it.
// A payment of 0 is settled in the same transaction, so it never waits for a card nor reaches a provider.
public sealed class RequestPaymentConsumer(
    PaymentsDbContext db,
    TimeProvider time,
    IPaymentProvider provider,
    FreeSettlement free,
    ILogger<RequestPaymentConsumer> logger)
    : InboxConsumer<RequestPayment, PaymentsDbContext>(db, time)
{
    protected override async Task HandleAsync(ConsumeContext<RequestPayment> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var now = Time.GetUtcNow();
        var existing = await Db.Payments
            .SingleOrDefaultAsync(p => p.Id == message.PaymentId || p.BookingId == message.BookingId, cancellationToken);
        if (existing is null)
        {
            var payment = Payment.Request(message.PaymentId, message.BookingId, message.CustomerId, message.Amount,
                message.Currency, message.Description, message.ExpiresAt, provider.Name, now);
            Db.Payments.Add(payment);
            if (FreeSettlement.Applies(payment.Amount))
                free.Settle(payment);
            logger.LogInformation("Payment {PaymentId} for booking {BookingId} requested: {Amount} {Currency}",
                payment.Id, payment.BookingId, payment.Amount, payment.Currency);
            return;
        }

        // The placeholder is already cancelled, free or not: filling it in publishes nothing.
        if (existing.IsPlaceholder && existing.Id == message.PaymentId)
        {
            existing.FillPlaceholder(message.CustomerId, message.Amount, message.Currency, message.Description, message.ExpiresAt, now);
            return;
        }

        logger.LogInformation("Payment {PaymentId} for booking {BookingId} already exists; request not repeated", existing.Id, message.BookingId);
    }
}
