using Auth.Service.Accounts.Passwords;
using Auth.Service.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Auth.Service.Accounts.Users;

public static class IdentityRegistration
{
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int MaxFailedSignIns = 5;

    public static IHostApplicationBuilder AddPlatformIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddIdentityCore<PlatformUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Users may sign in before verifying; tokens then carry email_verified=false.
                options.SignIn.RequireConfirmedEmail = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                // Length and the common-passwords list are the policy (NIST 800-63B), not character classes.
                options.Password.RequiredLength = CommonPasswordValidator.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AuthDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        builder.Services.TryAddScoped<IOrganizationMembershipSource, NoOrganizationMemberships>();
        return builder;
    }
}
