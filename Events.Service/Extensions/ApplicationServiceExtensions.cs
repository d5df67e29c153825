using Events.Service.Infrastructure;
using Platform.ServiceDefaults.Messaging;

namespace Events.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "eventsdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<EventsDbContext>(DatabaseName);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<EventsDbContext>();
        return builder;
    }
}
