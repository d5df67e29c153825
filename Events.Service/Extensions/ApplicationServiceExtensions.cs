using Events.Service.Caching;
using Events.Service.Consumers;
using Events.Service.Infrastructure;
using Events.Service.Inventory;
using Events.Service.Scheduling;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;
using StackExchange.Redis;

namespace Events.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "eventsdb";

    public static readonly ConnectionBudget DatabaseBudget = new(MaxPoolSize: 20);

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<EventsDbContext>(DatabaseName, DatabaseBudget);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<EventsDbContext>(bus => bus.AddConsumer<SeatAvailabilityChangedConsumer>());

        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddOptions<RecurrenceOptions>().BindConfiguration(RecurrenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EventSchedule>();
        services.AddHostedService<OccurrenceHorizonExtender>();

        services.AddHttpClient<BookingsInventoryClient>(BookingsInventoryClient.HttpClientName,
            client => client.BaseAddress = new Uri("http://bookings"));

        builder.AddCatalogCache();
        return builder;
    }

    // HybridCache over the platform's Redis connection, named after the database (see CacheNamespace).
    static void AddCatalogCache(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var names = CacheNamespace.ForDatabase(builder.Configuration.GetConnectionString(DatabaseName)!);
        services.AddSingleton(names);
        services.AddOptions<CatalogCacheOptions>().BindConfiguration(CatalogCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            options.InstanceName = names.Prefix;
            options.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
        });
        services.AddHybridCache();
        services.AddSingleton<CacheInvalidationChannel>();
        services.AddSingleton<CatalogCache>();
        services.AddHostedService<CacheInvalidationListener>();
    }
}
