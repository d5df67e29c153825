using Auth.Service.Accounts;
using Auth.Service.Admin;
using Auth.Service.Organizations.Apis;
using Platform.ServiceDefaults.Authentication;

namespace Auth.Service.Organizations;

public static class OrganizationsExtensions
{
    // Organizations and the platform admin API share this registration.
    public static IHostApplicationBuilder AddOrganizations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrganizationInvitationOptions>().BindConfiguration(OrganizationInvitationOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<IOrganizationMembershipSource, OrganizationMembershipSource>();
        builder.Services.AddScoped<UserSessionRevocation>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var organizations = app.MapGroup("/api/organizations")
            .WithTags("Organizations")
            .RequireAuthorization(PlatformPolicies.SignedIn);
        organizations.MapOrganizationEndpoints();
        organizations.MapMemberEndpoints();
        organizations.MapInvitationEndpoints();
        return app;
    }
}
