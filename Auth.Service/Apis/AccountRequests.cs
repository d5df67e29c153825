namespace Auth.Service.Apis;

// Only these fields bind: anything else in the JSON (roles, emailConfirmed, ...) is ignored.
public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName);
public sealed record RegisteredResponse(Guid UserId, string Email, string DisplayName, bool EmailVerified);
public sealed record VerifyEmailRequest(Guid? UserId, string? Token);
public sealed record SignInRequest(string? Email, string? Password);
public sealed record RefreshRequest(string? RefreshToken);
public sealed record SignOutRequest(string? RefreshToken);
public sealed record TokenResponse(string AccessToken, string? RefreshToken, int ExpiresIn, string TokenType);
public sealed record ForgotPasswordRequest(string? Email);
public sealed record ResetPasswordRequest(Guid? UserId, string? Token, string? NewPassword);
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
public sealed record UpdateProfileRequest(string? DisplayName);
public sealed record ProfileResponse(Guid UserId, string Email, string DisplayName, bool EmailVerified, IReadOnlyList<string> Roles);
