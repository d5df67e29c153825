using Bookings.Service.Catalog.Memory;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Signals;

public static class PlacementMemoryServiceExtensions
{
    // What placement remembers between requests, and the signals that keep every instance's memory true.
    public static IServiceCollection AddPlacementMemory(this IServiceCollection services)
    {
        services.AddSingleton<MemoryTrust>();
        services.AddSingleton<CatalogMemory>();
        services.AddSingleton<SoldOutBoard>();
        services.AddSingleton<CatalogChangeSignal>();
        services.ConfigureDbContext<BookingsDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<CatalogChangeSignal>()));
        services.AddHostedService<SignalListener>();
        return services;
    }
}
