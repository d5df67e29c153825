using Bookings.Service.Infrastructure;
using Bookings.Service.Ordering;
using MassTransit;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "bookingsdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<BookingsDbContext>(DatabaseName);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<BookingsDbContext>(bus => bus.AddConsumers(typeof(BookingsDbContext).Assembly));
        builder.AddBookingsCore();
        return builder;
    }
}
