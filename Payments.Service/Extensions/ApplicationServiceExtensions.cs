using Payments.Service.Infrastructure;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "paymentsdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<PaymentsDbContext>(DatabaseName);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<PaymentsDbContext>();
        return builder;
    }
}
