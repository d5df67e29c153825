using Auth.Service.Accounts;
using Auth.Service.Accounts.Tokens;
using Auth.Service.Accounts.Users;
using Auth.Service.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.ServiceDefaults.Messaging;

namespace Auth.Service.Apis;

// What the account handlers share, bundled for [AsParameters].
public sealed class AccountServices(
    UserManager<PlatformUser> users,
    AuthDbContext db,
    IIntegrationEventOutbox outbox,
    IOptions<PlatformUrls> urls,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IUserStore<PlatformUser> userStore,
    TimeProvider time)
{
    public UserManager<PlatformUser> Users => users;
    public AuthDbContext Db => db;
    public IIntegrationEventOutbox Outbox => outbox;
    public PlatformUrls Urls => urls.Value;
    public TimeProvider Time => time;

    // Identity's store saves on every call by default; this request saves once, with its outbox message.
    public void SaveUsersExplicitly()
    {
        if (userStore is UserStore<PlatformUser, IdentityRole<Guid>, AuthDbContext, Guid> store)
            store.AutoSaveChanges = false;
    }

    // Every refresh-token family of the user ends; access tokens already issued live out their 15 minutes.
    public async Task RevokeEverythingOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        await authorizations.RevokeBySubjectAsync(userId.ToString(), cancellationToken);
        await tokens.RevokeBySubjectAsync(userId.ToString(), cancellationToken);
    }

    // Ends the family the refresh token belongs to; false when the token is unknown.
    public async Task<bool> RevokeFamilyOfAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var token = await tokens.FindByReferenceIdAsync(refreshToken, cancellationToken);
        if (token is null)
            return false;
        var authorizationId = await tokens.GetAuthorizationIdAsync(token, cancellationToken);
        if (authorizationId is null)
        {
            await tokens.TryRevokeAsync(token, cancellationToken);
            return true;
        }
        var authorization = await authorizations.FindByIdAsync(authorizationId, cancellationToken);
        if (authorization is not null)
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
        return true;
    }
}
