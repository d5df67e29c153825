using System.ComponentModel;
using System.Security.Claims;
using System.Text;
using Auth.Service.Accounts;
using Auth.Service.Accounts.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Authentication;
using Platform.Contracts.Accounts;

namespace Auth.Service.Apis;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Accounts");
        group.MapPost("/register", Register)
            .WithSummary("Creates an account and mails a link to verify its email address.")
            .WithDescription("The account may sign in at once; tokens say email_verified=false until the link is followed. 400 names the field at fault (email, password, displayName); 409 when an account with the email exists.");
        group.MapGet("/verify-email", VerifyEmailLink).Produces<string>(StatusCodes.Status200OK, "text/plain")
            .WithSummary("The verification mail's link: verifies the email address and says so in plain text.")
            .WithDescription("400 when the link is invalid or has expired.");
        group.MapPost("/verify-email", VerifyEmail)
            .WithSummary("Verifies the email address with the userId and token from the verification link.")
            .WithDescription("400 names userId or token when missing, invalid or expired.");
        group.MapPost("/sign-out", SignOut)
            .WithSummary("Signs out one session: revokes the refresh token and every token rotated from the same sign-in.")
            .WithDescription("Answers 204 for an unknown token too, as token revocation (RFC 7009) asks; 400 when refreshToken is missing.");
        group.MapPost("/forgot-password", ForgotPassword)
            .WithSummary("Mails a password-reset link to the account with this email, if there is one.")
            .WithDescription("The answer is 202 whether or not the account exists, so the endpoint cannot be used to list accounts. 400 names a malformed email.");
        group.MapGet("/reset-password", ResetPasswordLink).Produces<string>(StatusCodes.Status200OK, "text/plain")
            .WithSummary("The reset mail's link: says in plain text how to choose a new password.")
            .WithDescription("The platform has no web front end yet, so following the link explains the POST that resets the password.");
        group.MapPost("/reset-password", ResetPassword)
            .WithSummary("Sets a new password with the userId and token from the reset link; every session is signed out.")
            .WithDescription("The link works once and expires. 400 names userId, token or newPassword when missing, invalid or expired.");

        // Auth checks its own tokens the way every service does (ServiceDefaults' platform authentication).
        var signedIn = group.MapGroup("").RequireAuthorization(PlatformPolicies.SignedIn)
            // The authentication middleware answers a missing or invalid token before any handler runs.
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        signedIn.MapPost("/sign-out-everywhere", SignOutEverywhere)
            .WithSummary("Signs the caller out of every session: all refresh tokens are revoked.")
            .WithDescription("Access tokens already issued stay valid until they expire (15 minutes).");
        signedIn.MapGet("/me", GetMe)
            .WithSummary("The caller's account.")
            .WithDescription("401 when the token is missing or invalid or the account was disabled.");
        signedIn.MapPatch("/me", UpdateMe)
            .WithSummary("Changes the caller's display name.")
            .WithDescription("400 names displayName when missing or too long; 401 when the account was disabled.");
        signedIn.MapPost("/me/password", ChangePassword)
            .WithSummary("Changes the caller's password; every session is signed out.")
            .WithDescription("400 names currentPassword when it is wrong, newPassword when it breaks the rules; 401 when the account was disabled.");
        return app;
    }

    public static async Task<Results<Created<RegisteredResponse>, ValidationProblem, Conflict<ProblemDetails>>> Register(
        RegisterRequest request, AccountServices services, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Email("email", request.Email)
            .Password("password", request.Password)
            .Required("displayName", request.DisplayName, PlatformUser.DisplayNameMaxLength);
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary());

        var s = services;
        var email = EmailAddresses.Clean(request.Email!);
        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = request.DisplayName!.Trim(),
            CreatedAt = s.Time.GetUtcNow(),
        };
        if (await s.Users.FindByEmailAsync(email) is not null)
            return DuplicateEmail();
        var passwordCheck = await ValidatePasswordAsync(s, user, request.Password!);
        if (passwordCheck.Any)
            return TypedResults.ValidationProblem(passwordCheck.ToDictionary());

        // One SaveChanges stores the user and the UserRegistered message together, or neither.
        s.SaveUsersExplicitly();
        var created = await s.Users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
                return DuplicateEmail();
            return TypedResults.ValidationProblem(new FieldErrors().From("password", created).ToDictionary());
        }
        var token = await s.Users.GenerateEmailConfirmationTokenAsync(user);
        s.Outbox.Add(new UserRegistered(user.Id, email, user.DisplayName, VerificationUrl(s, user.Id, token), s.Time.GetUtcNow()));
        try
        {
            await s.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return DuplicateEmail();
        }

        return TypedResults.Created($"/api/auth/me", new RegisteredResponse(user.Id, email, user.DisplayName, false));
    }

    public static async Task<Results<ContentHttpResult, BadRequest<ProblemDetails>>> VerifyEmailLink(
        Guid? userId, [Description("The token the verification mail's link carries.")] string? token, AccountServices services)
    {
        var confirmed = await ConfirmAsync(services, userId, token);
        if (!confirmed)
            return TypedResults.BadRequest(new ProblemDetails
            {
                Title = "The verification link is invalid or has expired.",
                Status = StatusCodes.Status400BadRequest,
            });
        return TypedResults.Content("Your email address is verified. You can close this page.", "text/plain");
    }

    // The platform has no web front end yet: the emailed link says how to finish rather than answering 405.
    public static ContentHttpResult ResetPasswordLink(Guid? userId, [Description("The token the reset mail's link carries.")] string? token) =>
        TypedResults.Content(
            "To choose a new password, send POST /api/auth/reset-password with the JSON body " +
            $"{{\"userId\":\"{userId}\",\"token\":\"<the token from your email link>\",\"newPassword\":\"...\"}}. " +
            "The link works once and expires.",
            "text/plain");

    public static async Task<Results<NoContent, ValidationProblem>> VerifyEmail(
        VerifyEmailRequest request, AccountServices services)
    {
        var errors = new FieldErrors().Required("token", request.Token, 2000);
        if (request.UserId is null)
            errors.Add("userId", "The userId field is required.");
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        if (!await ConfirmAsync(services, request.UserId, request.Token))
            return TypedResults.ValidationProblem(new FieldErrors().Add("token", "The token is invalid or has expired.").ToDictionary());
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem>> SignOut(
        SignOutRequest request, AccountServices services, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Required("refreshToken", request.RefreshToken, 2000);
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        // Unknown tokens answer the same, as RFC 7009 asks of revocation.
        await services.RevokeFamilyOfAsync(request.RefreshToken!, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> SignOutEverywhere(
        ClaimsPrincipal principal, AccountServices services, CancellationToken cancellationToken)
    {
        await services.RevokeEverythingOfAsync(UserIdOf(principal), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Accepted, ValidationProblem>> ForgotPassword(
        ForgotPasswordRequest request, AccountServices services, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var s = services;
        var user = await s.Users.FindByEmailAsync(EmailAddresses.Clean(request.Email!));
        // The same 202 whether or not the account exists, so the endpoint cannot list accounts.
        if (user is { IsDisabled: false })
        {
            var token = await s.Users.GeneratePasswordResetTokenAsync(user);
            var now = s.Time.GetUtcNow();
            var url = s.Urls.Link($"api/auth/reset-password?userId={user.Id}&token={Encode(token)}").ToString();
            s.Outbox.Add(new PasswordResetRequested(user.Id, user.Email!, user.DisplayName, url, now.AddDays(1), now));
            await s.Db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Accepted((string?)null);
    }

    public static async Task<Results<NoContent, ValidationProblem>> ResetPassword(
        ResetPasswordRequest request, AccountServices services, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Required("token", request.Token, 2000).Password("newPassword", request.NewPassword);
        if (request.UserId is null)
            errors.Add("userId", "The userId field is required.");
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var s = services;
        var user = await s.Users.FindByIdAsync(request.UserId!.Value.ToString());
        if (user is null)
            return TypedResults.ValidationProblem(new FieldErrors().Add("token", "The token is invalid or has expired.").ToDictionary());
        var passwordCheck = await ValidatePasswordAsync(s, user, request.NewPassword!);
        if (passwordCheck.Any)
            return TypedResults.ValidationProblem(new FieldErrors().Add("newPassword", passwordCheck.ToDictionary()["password"][0]).ToDictionary());
        var reset = await s.Users.ResetPasswordAsync(user, Decode(request.Token!), request.NewPassword!);
        if (!reset.Succeeded)
            return TypedResults.ValidationProblem(new FieldErrors().Add("token", "The token is invalid or has expired.").ToDictionary());
        await s.Users.SetLockoutEndDateAsync(user, null);
        await s.Users.ResetAccessFailedCountAsync(user);
        await s.RevokeEverythingOfAsync(user.Id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ProfileResponse>, UnauthorizedHttpResult>> GetMe(
        ClaimsPrincipal principal, AccountServices services)
    {
        var user = await services.Users.FindByIdAsync(UserIdOf(principal).ToString());
        if (user is null || user.IsDisabled)
            return TypedResults.Unauthorized();
        return TypedResults.Ok(await ProfileOf(services, user));
    }

    public static async Task<Results<Ok<ProfileResponse>, ValidationProblem, UnauthorizedHttpResult>> UpdateMe(
        UpdateProfileRequest request, ClaimsPrincipal principal, AccountServices services)
    {
        var errors = new FieldErrors().Required("displayName", request.DisplayName, PlatformUser.DisplayNameMaxLength);
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var user = await services.Users.FindByIdAsync(UserIdOf(principal).ToString());
        if (user is null || user.IsDisabled)
            return TypedResults.Unauthorized();
        user.DisplayName = request.DisplayName!.Trim();
        await services.Users.UpdateAsync(user);
        return TypedResults.Ok(await ProfileOf(services, user));
    }

    public static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal principal, AccountServices services, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Password("currentPassword", request.CurrentPassword).Password("newPassword", request.NewPassword);
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var s = services;
        var user = await s.Users.FindByIdAsync(UserIdOf(principal).ToString());
        if (user is null || user.IsDisabled)
            return TypedResults.Unauthorized();
        var passwordCheck = await ValidatePasswordAsync(s, user, request.NewPassword!);
        if (passwordCheck.Any)
            return TypedResults.ValidationProblem(new FieldErrors().Add("newPassword", passwordCheck.ToDictionary()["password"][0]).ToDictionary());
        var changed = await s.Users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!changed.Succeeded)
            return TypedResults.ValidationProblem(new FieldErrors().Add("currentPassword", "The current password is incorrect.").ToDictionary());
        await s.RevokeEverythingOfAsync(user.Id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FieldErrors> ValidatePasswordAsync(AccountServices s, PlatformUser user, string password)
    {
        var errors = new FieldErrors();
        foreach (var validator in s.Users.PasswordValidators)
            errors.From("password", await validator.ValidateAsync(s.Users, user, password));
        return errors;
    }

    private static async Task<bool> ConfirmAsync(AccountServices s, Guid? userId, string? token)
    {
        if (userId is null || string.IsNullOrEmpty(token))
            return false;
        var user = await s.Users.FindByIdAsync(userId.Value.ToString());
        if (user is null)
            return false;
        return (await s.Users.ConfirmEmailAsync(user, Decode(token))).Succeeded;
    }

    private static async Task<ProfileResponse> ProfileOf(AccountServices s, PlatformUser user) =>
        new(user.Id, user.Email!, user.DisplayName, user.EmailConfirmed, [.. await s.Users.GetRolesAsync(user)]);

    private static Guid UserIdOf(ClaimsPrincipal principal) => Guid.Parse(principal.FindFirst("sub")!.Value);

    private static string VerificationUrl(AccountServices s, Guid userId, string token) =>
        s.Urls.Link($"api/auth/verify-email?userId={userId}&token={Encode(token)}").ToString();

    // Identity's tokens contain '+' and '/': links carry them base64url-encoded.
    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string Decode(string token)
    {
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)); }
        catch (FormatException) { return ""; }
    }

    private static Conflict<ProblemDetails> DuplicateEmail() => TypedResults.Conflict(new ProblemDetails
    {
        Title = "An account with this email already exists.",
        Status = StatusCodes.Status409Conflict,
    });
}
