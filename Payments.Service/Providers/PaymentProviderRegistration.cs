using MassTransit;
using Payments.Service.Providers.Simulated;
using Payments.Service.Providers.Stripe;

namespace Payments.Service.Providers;

public static class PaymentProviderRegistration
{
    // Payments:Provider picks the implementation behind IPaymentProvider.
    public static IServiceCollection AddPaymentProvider(this IServiceCollection services, IConfiguration configuration)
    {
        switch (ProviderName(configuration))
        {
            case StripePaymentProvider.ProviderName:
                services.AddOptions<StripeOptions>()
                    .BindConfiguration(StripeOptions.SectionName)
                    .ValidateDataAnnotations()
                    .ValidateOnStart();
                services.AddSingleton<StripeApi>();
                services.AddSingleton<StripeIntentCanceller>();
                services.AddSingleton<IPaymentProvider, StripePaymentProvider>();
                services.AddScoped<StripeLedger>();
                services.AddScoped<StripeWebhookProcessor>();
                break;
            default:
                services.AddOptions<SimulatedProviderOptions>()
                    .BindConfiguration(SimulatedProviderOptions.SectionName)
                    .ValidateDataAnnotations()
                    .ValidateOnStart();
                services.AddSingleton<IPaymentProvider, SimulatedPaymentProvider>();
                break;
        }
        return services;
    }

    // The provider's own consumers, beside the ledger's.
    public static void AddPaymentProviderConsumers(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        if (ProviderName(configuration) != StripePaymentProvider.ProviderName)
            return;
        bus.AddConsumer<StripeIntentCreation>();
        bus.AddConsumer<StripeIntentCancellation>();
    }

    static string ProviderName(IConfiguration configuration)
    {
        var name = configuration[$"{PaymentsOptions.SectionName}:{nameof(PaymentsOptions.Provider)}"] ?? SimulatedPaymentProvider.ProviderName;
        return name is SimulatedPaymentProvider.ProviderName or StripePaymentProvider.ProviderName
            ? name
            : throw new InvalidOperationException($"Payments:Provider is '{name}', which is not a payment provider of this service: use Simulated or Stripe (environment variable Payments__Provider).");
    }
}
