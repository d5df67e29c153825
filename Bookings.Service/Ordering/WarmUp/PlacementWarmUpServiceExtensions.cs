using Platform.ServiceDefaults.Health;

namespace Bookings.Service.Ordering.WarmUp;

public static class PlacementWarmUpServiceExtensions
{
    // Ready only once the placement path is warm, so the orchestrator and the gateway send the first drop to a
    // service that sells at its warm rate.
    public static IServiceCollection AddPlacementWarmUp(this IServiceCollection services)
    {
        services.AddSingleton<PlacementWarmUp>();
        services.AddHostedService<PlacementRehearsal>();
        services.AddHealthChecks().AddCheck<PlacementWarmUpCheck>(PlacementWarmUpCheck.Name, tags: [HealthTags.Ready]);
        return services;
    }
}
