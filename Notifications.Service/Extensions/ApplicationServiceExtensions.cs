using Notifications.Service.Infrastructure;
using Platform.ServiceDefaults.Messaging;

namespace Notifications.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "notificationsdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<NotificationsDbContext>(DatabaseName);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<NotificationsDbContext>();
        return builder;
    }
}
