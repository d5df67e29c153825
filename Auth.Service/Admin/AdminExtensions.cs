using Platform.ServiceDefaults.Authentication;

namespace Auth.Service.Admin;

public static class AdminExtensions
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin")
            .WithTags("Admin")
            .RequireAuthorization(PlatformPolicies.Admin);
        admin.MapAdminUserEndpoints();
        admin.MapAdminOrganizationEndpoints();
        return app;
    }
}
