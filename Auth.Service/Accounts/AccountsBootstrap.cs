using Auth.Service.Accounts.Tokens;
using Auth.Service.Accounts.Users;
using Auth.Service.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.ServiceDefaults.Data;

namespace Auth.Service.Accounts;

// Once the database is migrated: registers the ticketing-web client, the admin role and the admin account.
public sealed class AccountsBootstrap(
    IServiceScopeFactory scopes,
    MigrationStatus<AuthDbContext> migrations,
    IOptions<AdminAccountOptions> admin,
    ILogger<AccountsBootstrap> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!migrations.Applied)
            await Task.Delay(100, stoppingToken);
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await EnsureClientAsync(scope.ServiceProvider, stoppingToken);
                await EnsureAdminAsync(scope.ServiceProvider);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Accounts bootstrap failed, retrying in {Delay}: {Reason}", delay, exception.Message);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    private static async Task EnsureClientAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(TicketingWebClient.ClientId, cancellationToken) is null)
            await applications.CreateAsync(TicketingWebClient.Descriptor(), cancellationToken);
    }

    private async Task EnsureAdminAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        if (!await roles.RoleExistsAsync(PlatformRoles.Admin))
            await roles.CreateAsync(new IdentityRole<Guid>(PlatformRoles.Admin) { Id = Guid.CreateVersion7() });

        var settings = admin.Value;
        if (string.IsNullOrWhiteSpace(settings.Email) || string.IsNullOrEmpty(settings.Password))
        {
            logger.LogInformation("No platform admin configured (Auth:Admin:Email and Auth:Admin:Password)");
            return;
        }
        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        var email = EmailAddresses.Clean(settings.Email);
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new PlatformUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = settings.DisplayName,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            Check(await users.CreateAsync(user, settings.Password));
        }
        else
        {
            user.EmailConfirmed = true;
            user.IsDisabled = false;
            Check(await users.UpdateAsync(user));
            if (!await users.CheckPasswordAsync(user, settings.Password))
            {
                Check(await users.RemovePasswordAsync(user));
                Check(await users.AddPasswordAsync(user, settings.Password));
            }
        }
        if (!await users.IsInRoleAsync(user, PlatformRoles.Admin))
            Check(await users.AddToRoleAsync(user, PlatformRoles.Admin));
        logger.LogInformation("Platform admin {Email} is ready", email);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Auth:Admin is not usable: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
