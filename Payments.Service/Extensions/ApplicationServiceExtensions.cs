using Payments.Service.Apis;
using Payments.Service.Confirmation;
using Payments.Service.Consumers;
using Payments.Service.Free;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Payments.Service.Recovery;
using Payments.Service.Refunds;
using Payments.Service.Resilience;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "paymentsdb";

    public static readonly ConnectionBudget DatabaseBudget = new(MaxPoolSize: 20);

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<PaymentsDbContext>(DatabaseName, DatabaseBudget);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<PaymentsDbContext>(bus =>
        {
            bus.AddConsumer<RequestPaymentConsumer>();
            bus.AddConsumer<CancelPaymentConsumer>();
            bus.AddConsumer<RefundPaymentConsumer>();
            bus.AddPaymentProviderConsumers(builder.Configuration);
        });
        builder.AddPaymentProcessing();
        return builder;
    }

    static void AddPaymentProcessing(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PaymentsOptions>()
            .BindConfiguration(PaymentsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddPaymentProvider(builder.Configuration);
        services.AddPaymentProviderPipeline();
        services.AddSingleton<ResilientPaymentProvider>();
        services.AddSingleton<InFlightPayments>();
        services.AddSingleton<RefundWakeUp>();
        services.AddScoped<ChargeSettlement>();
        services.AddScoped<FreeSettlement>();
        services.AddScoped<PaymentConfirmation>();
        services.AddScoped<PaymentInstructionsReader>();
        services.AddScoped<RefundProcessor>();
        services.AddScoped<StuckPaymentRecovery>();
        services.AddHostedService<PaymentsWorker>();
    }
}
