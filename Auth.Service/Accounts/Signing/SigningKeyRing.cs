using System.Security.Cryptography;
using Auth.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Auth.Service.Accounts.Tokens;
using Platform.ServiceDefaults.Data;

namespace Auth.Service.Accounts.Signing;

// The ES256 keys in the signing_keys table: creates the first, rotates an old one, and keeps a replaced key
// published until every access token it signed has expired.
public sealed class SigningKeyRing(
    IServiceScopeFactory scopes,
    MigrationStatus<AuthDbContext> migrations,
    IOptions<SigningKeyOptions> options,
    TimeProvider time)
{
    // Longer than an access token lives, so a replaced key verifies every token it signed.
    public static readonly TimeSpan PublishedAfterReplacement = TokenLifetimes.AccessToken + TimeSpan.FromMinutes(5);

    // Newest first: OpenIddict signs with the first credential and publishes all of them.
    public IReadOnlyList<SigningCredentials> LoadCredentials()
    {
        WaitForMigrations();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var now = time.GetUtcNow();
        var keys = db.SigningKeys.AsNoTracking().Where(k => k.RetiresAt > now && k.Algorithm == SecurityAlgorithms.EcdsaSha256).ToList()
            .OrderByDescending(k => k.ActivatesAt).ToList();
        var active = keys.FirstOrDefault();
        if (active is null || active.ActivatesAt + TimeSpan.FromDays(options.Value.RotateAfterDays) <= now)
        {
            var replacement = Create(now);
            db.SigningKeys.Add(replacement);
            foreach (var old in db.SigningKeys.Where(k => k.RetiresAt > now + PublishedAfterReplacement && k.Algorithm == SecurityAlgorithms.EcdsaSha256).ToList())
                old.RetiresAt = now + PublishedAfterReplacement;
            db.SaveChanges();
            keys = db.SigningKeys.AsNoTracking().Where(k => k.RetiresAt > now && k.Algorithm == SecurityAlgorithms.EcdsaSha256).ToList()
                .OrderByDescending(k => k.ActivatesAt).ToList();
        }
        return keys.Select(ToCredentials).ToList();
    }

    public SymmetricSecurityKey LoadEncryptionKey()
    {
        WaitForMigrations();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var key = db.SigningKeys.AsNoTracking().FirstOrDefault(k => k.Algorithm == SecurityAlgorithms.Aes256KW);
        if (key is null)
        {
            var now = time.GetUtcNow();
            key = new SigningKey
            {
                Id = "refresh-token-encryption",
                Algorithm = SecurityAlgorithms.Aes256KW,
                PrivateKey = RandomNumberGenerator.GetBytes(32),
                CreatedAt = now,
                ActivatesAt = now,
                RetiresAt = now.AddYears(100),
            };
            db.SigningKeys.Add(key);
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another instance created it first; use theirs.
                db.ChangeTracker.Clear();
                key = db.SigningKeys.AsNoTracking().First(k => k.Algorithm == SecurityAlgorithms.Aes256KW);
            }
        }
        return new SymmetricSecurityKey(key.PrivateKey) { KeyId = key.Id };
    }

    private static SigningKey Create(DateTimeOffset now)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new SigningKey
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Algorithm = SecurityAlgorithms.EcdsaSha256,
            PrivateKey = ecdsa.ExportPkcs8PrivateKey(),
            CreatedAt = now,
            ActivatesAt = now,
            RetiresAt = now.AddYears(100),
        };
    }

    private static SigningCredentials ToCredentials(SigningKey key)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(key.PrivateKey, out _);
        return new SigningCredentials(new ECDsaSecurityKey(ecdsa) { KeyId = key.Id }, key.Algorithm);
    }

    private void WaitForMigrations()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!migrations.Applied && DateTime.UtcNow < deadline)
            Thread.Sleep(100);
    }
}
