using Auth.Service.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Auth.Service.Accounts.Tokens;

// Answers the token endpoint's password and refresh_token grants; OpenIddict issues, stores and rotates the tokens.
public sealed class TokenGrantHandler(
    UserManager<PlatformUser> users,
    IPasswordHasher<PlatformUser> hasher,
    AccessTokenPrincipalFactory principals) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public const string InvalidCredentials = "The email or password is incorrect.";
    public const string LockedOutError = "locked_out";

    // Hashed for unknown emails so they cost as much time as a wrong password.
    private static readonly PlatformUser Nobody = new() { DisplayName = "nobody", PasswordHash = null };
    private static string? _nobodyHash;

    public async ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (context.Request.IsPasswordGrantType())
            await HandlePasswordAsync(context);
        else if (context.Request.IsRefreshTokenGrantType())
            await HandleRefreshAsync(context);
    }

    private async Task HandlePasswordAsync(HandleTokenRequestContext context)
    {
        var email = context.Request.Username ?? "";
        var password = context.Request.Password ?? "";
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            _nobodyHash ??= hasher.HashPassword(Nobody, "not a real password, only spends time");
            hasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
            context.Reject(Errors.InvalidGrant, InvalidCredentials);
            return;
        }
        if (await users.IsLockedOutAsync(user))
        {
            RejectLockedOut(context, user);
            return;
        }
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
                RejectLockedOut(context, user);
            else
                context.Reject(Errors.InvalidGrant, InvalidCredentials);
            return;
        }
        if (user.IsDisabled)
        {
            context.Reject(Errors.InvalidGrant, InvalidCredentials);
            return;
        }
        await users.ResetAccessFailedCountAsync(user);
        context.SignIn(await principals.CreateAsync(user, context.CancellationToken));
    }

    private async Task HandleRefreshAsync(HandleTokenRequestContext context)
    {
        var subject = context.Principal?.GetClaim(Claims.Subject);
        var user = subject is null ? null : await users.FindByIdAsync(subject);
        if (user is null || user.IsDisabled)
        {
            context.Reject(Errors.InvalidGrant, "The refresh token is no longer valid.");
            return;
        }
        context.SignIn(await principals.CreateAsync(user, context.CancellationToken));
    }

    private static void RejectLockedOut(HandleTokenRequestContext context, PlatformUser user)
    {
        var until = user.LockoutEnd ?? DateTimeOffset.UtcNow;
        var seconds = Math.Max(1, (int)Math.Ceiling((until - DateTimeOffset.UtcNow).TotalSeconds));
        context.Reject(LockedOutError, $"Too many failed sign-ins; try again in {seconds} seconds.");
        context.Transaction.GetHttpRequest()?.HttpContext.Response.Headers.RetryAfter = seconds.ToString();
    }
}
