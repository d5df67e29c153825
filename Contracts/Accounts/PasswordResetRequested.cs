namespace Platform.Contracts.Accounts;

// Someone asked to reset the password of an existing account; ResetUrl carries the one-time token.
public sealed record PasswordResetRequested(
    Guid UserId,
    string Email,
    string DisplayName,
    string ResetUrl,
    DateTimeOffset ExpiresAt,
    DateTimeOffset OccurredAt);
