using System.Security.Cryptography;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Bookings.Service.Tickets;

// Loads the persisted ticket-signing key, creating it on first use; cached for the process lifetime.
public sealed class TicketSigningKeyStore(IServiceScopeFactory scopes, TimeProvider timeProvider) : IDisposable
{
    readonly SemaphoreSlim gate = new(1, 1);
    ECDsaSecurityKey? key;

    public async Task<ECDsaSecurityKey> GetAsync(CancellationToken cancellationToken)
    {
        if (key is not null)
            return key;
        await gate.WaitAsync(cancellationToken);
        try
        {
            return key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    async Task<ECDsaSecurityKey> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDbContext>();
        using (var candidate = ECDsa.Create(ECCurve.NamedCurves.nistP256))
        {
            var keyId = Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N");
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO ticket_signing_keys (key_id, purpose, private_key, created_at) VALUES ({keyId}, {TicketSigningKey.CurrentPurpose}, {candidate.ExportPkcs8PrivateKey()}, {timeProvider.GetUtcNow()}) ON CONFLICT (purpose) DO NOTHING",
                cancellationToken);
        }
        var stored = await db.Set<TicketSigningKey>().AsNoTracking()
            .SingleAsync(k => k.Purpose == TicketSigningKey.CurrentPurpose, cancellationToken);
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(stored.PrivateKey, out _);
        return new ECDsaSecurityKey(ecdsa) { KeyId = stored.KeyId };
    }

    public void Dispose()
    {
        key?.ECDsa.Dispose();
        gate.Dispose();
    }
}
