namespace Platform.Contracts.Accounts;

// A new account must confirm its email; VerificationUrl is the link the email carries.
public sealed record UserRegistered(
    Guid UserId,
    string Email,
    string DisplayName,
    string VerificationUrl,
    DateTimeOffset OccurredAt);
