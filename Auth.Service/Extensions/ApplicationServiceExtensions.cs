using Auth.Service.Accounts;
using Auth.Service.Accounts.Tokens;
using Auth.Service.Accounts.Users;
using Auth.Service.Apis;
using Auth.Service.Infrastructure;
using Auth.Service.Organizations;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Auth.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "authdb";

    public static readonly ConnectionBudget DatabaseBudget = new(MaxPoolSize: 20);

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<AuthDbContext>(DatabaseName, DatabaseBudget);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<AuthDbContext>();
        builder.Services.AddOptions<PlatformUrls>().BindConfiguration(PlatformUrls.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AdminAccountOptions>().BindConfiguration(AdminAccountOptions.SectionName);
        builder.AddPlatformIdentity();
        builder.AddTokenServer();
        builder.Services.AddScoped<AccountServices>();
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", options => options.DescribeTokenFacade());
        builder.Services.AddHostedService<AccountsBootstrap>();
        builder.AddOrganizations();
        return builder;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseMiddleware<TokenEndpointFacade>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAccountsApi();
        return app;
    }
}
