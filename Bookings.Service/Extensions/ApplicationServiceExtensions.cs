using Bookings.Service.Coupons;
using Bookings.Service.Infrastructure;
using Bookings.Service.Ordering;
using Bookings.Service.Saga;
using Bookings.Service.Saga.Persistence;
using Bookings.Service.WaitingList;
using Bookings.Service.Tickets.Transfer;
using MassTransit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "bookingsdb";

    // A hot drop is Bookings' storm: the largest share, still far below what two cores can run at once.
    public static readonly ConnectionBudget DatabaseBudget = new(MaxPoolSize: 40);

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<BookingsDbContext>(DatabaseName, DatabaseBudget);
        builder.AddPlatformRedis();
        // Every consumer in this assembly (catalog copy, organizer cascade, the saga's scheduler) is registered by one scan.
        builder.AddPlatformMessaging<BookingsDbContext>(bus =>
        {
            bus.AddConsumers(typeof(BookingsDbContext).Assembly);
            bus.AddBookingStateMachine();
        });
        builder.AddBookingsCore();
        builder.AddBookingSaga();
        builder.AddWaitingList();
        builder.AddTicketTransfer();
        builder.AddCoupons();
        return builder;
    }
}
