using Payments.Service.Providers.Simulated;

namespace Payments.Service.Providers;

public static class PaymentProviderRegistration
{
    // Payments:Provider picks the implementation behind IPaymentProvider; Stripe joins here later.
    public static IServiceCollection AddPaymentProvider(this IServiceCollection services, IConfiguration configuration)
    {
        var name = configuration[$"{PaymentsOptions.SectionName}:{nameof(PaymentsOptions.Provider)}"] ?? SimulatedPaymentProvider.ProviderName;
        if (name != SimulatedPaymentProvider.ProviderName)
            throw new InvalidOperationException($"Payments:Provider is '{name}', which is not a payment provider of this service: use Simulated (environment variable Payments__Provider).");

        services.AddOptions<SimulatedProviderOptions>()
            .BindConfiguration(SimulatedProviderOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IPaymentProvider, SimulatedPaymentProvider>();
        return services;
    }
}
