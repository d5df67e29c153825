namespace Auth.Service.Accounts.Signing;

// A token key shared by every Auth instance through the database: ES256 signing keys, and the one
// symmetric key that encrypts refresh-token payloads (Algorithm A256KW).
public sealed class SigningKey
{
    public required string Id { get; init; }
    public required string Algorithm { get; init; }
    // PKCS#8 private key (or the raw symmetric key); the database is Auth's own and is the trust root anyway.
    public required byte[] PrivateKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    // From this moment the key signs new tokens.
    public DateTimeOffset ActivatesAt { get; init; }
    // After this moment it neither signs nor appears in the JWKS.
    public DateTimeOffset RetiresAt { get; set; }
}
