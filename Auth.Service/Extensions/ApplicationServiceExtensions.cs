using Auth.Service.Accounts.Users;
using Auth.Service.Infrastructure;
using Auth.Service.Organizations;
using Platform.ServiceDefaults.Messaging;

namespace Auth.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "authdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<AuthDbContext>(DatabaseName);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<AuthDbContext>();
        builder.AddPlatformIdentity();
        builder.AddOrganizations();
        return builder;
    }
}
