using Bookings.Service.Catalog;
using Bookings.Service.Inventory;
using Bookings.Service.Signals;

namespace Bookings.Service.Ordering;

public static class BookingsCoreServiceExtensions
{
    // The catalog copy, seat inventory and booking placement. Catalog consumers are picked up by the
    // bus's assembly scan.
    public static IHostApplicationBuilder AddBookingsCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BookingsOptions>()
            .BindConfiguration(BookingsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<ISeatInventory, SeatInventory>();
        services.AddScoped<InventoryProvisioning>();
        services.AddScoped<CapacityChange>();
        services.AddScoped<CatalogWriter>();
        services.AddScoped<BookingPlacement>();
        services.AddPlacementMemory();
        services.AddHostedService<SeatAvailabilityPublisher>();
        return builder;
    }
}
