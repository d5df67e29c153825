using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Auth.Service.Apis;

// Only these fields bind: anything else in the JSON (roles, emailConfirmed, ...) is ignored.
public sealed record RegisterRequest(
    [Required, Description("Email address to sign in with; a verification link is mailed to it. Unique, case-insensitive.")] string? Email,
    [Required, Description("Password: at least 10 characters and not a commonly used one; no character classes are demanded.")] string? Password,
    [Required, Description("Name shown to organizers and in mails (up to 100 characters).")] string? DisplayName);
public sealed record RegisteredResponse(
    [Description("Id of the new account.")] Guid UserId,
    [Description("The email address as stored (trimmed, lower-cased).")] string Email,
    [Description("Name shown to organizers and in mails.")] string DisplayName,
    [Description("Whether the email address has been verified; false until the mailed link is followed.")] bool EmailVerified);
public sealed record VerifyEmailRequest(
    [Required, Description("The userId from the verification link.")] Guid? UserId,
    [Required, Description("The token from the verification link.")] string? Token);
public sealed record SignInRequest(string? Email, string? Password);
public sealed record RefreshRequest(string? RefreshToken);
public sealed record SignOutRequest(
    [Required, Description("The refresh token to revoke together with every token rotated from the same sign-in.")] string? RefreshToken);
public sealed record TokenResponse(string AccessToken, string? RefreshToken, int ExpiresIn, string TokenType);
public sealed record ForgotPasswordRequest(
    [Required, Description("Email address of the account; a reset link is mailed if it exists (the answer is the same either way).")] string? Email);
public sealed record ResetPasswordRequest(
    [Required, Description("The userId from the reset link.")] Guid? UserId,
    [Required, Description("The token from the reset link.")] string? Token,
    [Required, Description("The new password, under the same rules as at registration.")] string? NewPassword);
public sealed record ChangePasswordRequest(
    [Required, Description("The password used now.")] string? CurrentPassword,
    [Required, Description("The new password, under the same rules as at registration; every session is signed out.")] string? NewPassword);
public sealed record UpdateProfileRequest(
    [Required, Description("Name shown to organizers and in mails (up to 100 characters).")] string? DisplayName);
public sealed record ProfileResponse(
    [Description("Id of the account.")] Guid UserId,
    [Description("Email address the account signs in with.")] string Email,
    [Description("Name shown to organizers and in mails.")] string DisplayName,
    [Description("Whether the email address has been verified.")] bool EmailVerified,
    [Description("Platform roles of the account, e.g. admin; organization roles are listed under /api/organizations.")] IReadOnlyList<string> Roles);
