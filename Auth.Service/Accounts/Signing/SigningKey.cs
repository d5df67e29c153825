namespace Auth.Service.Accounts.Signing;

// An asymmetric token-signing key shared by every Auth instance through the database.
public sealed class SigningKey
{
    public required string Id { get; init; }
    public required string Algorithm { get; init; }
    // PKCS#8 private key; the database is Auth's own and is the trust root anyway.
    public required byte[] PrivateKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    // From this moment the key signs new tokens.
    public DateTimeOffset ActivatesAt { get; init; }
    // After this moment it neither signs nor appears in the JWKS.
    public DateTimeOffset RetiresAt { get; init; }
}
