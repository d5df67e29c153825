namespace Bookings.Service.WaitingList;

public static class WaitingListServiceExtensions
{
    // Joining, leaving and claiming, and the worker that makes and lapses offers.
    public static IHostApplicationBuilder AddWaitingList(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WaitingListOptions>()
            .BindConfiguration(WaitingListOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<WaitingListJoining>();
        services.AddScoped<WaitingListLeaving>();
        services.AddScoped<WaitingListClaim>();
        services.AddScoped<WaitingListOffers>();
        services.AddScoped<WaitingListClosing>();
        services.AddScoped<OrganizerWaitingList>();
        services.AddHostedService<WaitingListOfferWorker>();
        return builder;
    }
}
