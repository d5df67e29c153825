using MassTransit;
using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Consumers;

// Creates the payment once per booking: a redelivery or a second request for the same booking finds it.
public sealed class RequestPaymentConsumer(PaymentsDbContext db, TimeProvider time, IPaymentProvider provider, ILogger<RequestPaymentConsumer> logger)
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
            Db.Payments.Add(Payment.Request(message.PaymentId, message.BookingId, message.CustomerId, message.Amount,
                message.Currency, message.Description, message.ExpiresAt, provider.Name, now));
            return;
        }

        if (existing.IsPlaceholder && existing.Id == message.PaymentId)
        {
            existing.FillPlaceholder(message.CustomerId, message.Amount, message.Currency, message.Description, message.ExpiresAt, now);
            return;
        }

        logger.LogInformation("Payment {PaymentId} for booking {BookingId} already exists; request not repeated", existing.Id, message.BookingId);
    }
}
