namespace Auth.Service.Admin;

public static class AdminExtensions
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin")
            .WithTags("Admin")
            .RequireAuthorization("admin");
        admin.MapAdminUserEndpoints();
        admin.MapAdminOrganizationEndpoints();
        return app;
    }
}
