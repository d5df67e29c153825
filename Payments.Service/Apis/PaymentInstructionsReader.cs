using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Payments.Service.Providers.Stripe;

namespace Payments.Service.Apis;

// The instructions shown with payments: Simulated's confirm URL, or Stripe's client secret.
public sealed class PaymentInstructionsReader(PaymentsDbContext db, IPaymentProvider provider, IServiceProvider services)
{
    public async Task<List<PaymentResponse>> ResponsesAsync(IReadOnlyList<Payment> payments, CancellationToken cancellationToken)
    {
        if (provider.Name != StripePaymentProvider.ProviderName)
            return payments.Select(p => PaymentResponse.From(p, provider)).ToList();

        var open = payments.Where(p => p.Status == PaymentStatus.RequiresConfirmation).Select(p => p.Id).ToList();
        var secrets = await db.Set<StripePaymentIntent>().AsNoTracking()
            .Where(i => open.Contains(i.PaymentId))
            .ToDictionaryAsync(i => i.PaymentId, i => i.ClientSecret, cancellationToken);
        var publishableKey = services.GetRequiredService<IOptions<StripeOptions>>().Value.PublishableKey;
        return payments.Select(p => PaymentResponse.From(p, new PaymentInstructions(
            StripePaymentProvider.ProviderName, null, [], secrets.GetValueOrDefault(p.Id), publishableKey))).ToList();
    }
}
