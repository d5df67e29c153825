using Platform.ServiceDefaults.Authentication;

namespace Events.Service.Apis;

public static class OrganizerApi
{
    public const string Prefix = "/api/events/organizations/{organizationId:guid}/events";

    // Signed-in members (owner or staff) of the organization; another organization's event is 404.
    public static IEndpointRouteBuilder MapOrganizerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix)
            .RequireAuthorization(PlatformPolicies.SignedIn)
            .WithTags("Organizer events")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapOrganizerEventEndpoints();
        group.MapEventLifecycleEndpoints();
        group.MapOccurrenceEndpoints();
        group.MapCapacityEndpoint();
        return app;
    }
}
