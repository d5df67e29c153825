using Bookings.Service.Catalog;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bookings.Service.Coupons;

// Creates an organization's coupons against Bookings' catalog copy, and disables them.
public sealed class CouponIssuer(BookingsDbContext db, TimeProvider time)
{
    public abstract record Outcome
    {
        public sealed record Issued(Coupon Coupon, bool Created) : Outcome;
        public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
        public sealed record DuplicateCode(string Code) : Outcome;
        public sealed record KeyReused : Outcome;
    }

    public async Task<Outcome> IssueAsync(Guid organizationId, Guid organizerId, string idempotencyKey, CouponDefinition definition, CancellationToken cancellationToken)
    {
        var fingerprint = definition.Fingerprint();
        if (await ExistingAsync(organizationId, idempotencyKey, fingerprint, cancellationToken) is { } earlier)
            return earlier;
        if (await CatalogErrorsAsync(organizationId, definition, cancellationToken) is { Count: > 0 } errors)
            return new Outcome.Invalid(errors);

        var clock = time.GetUtcNow();
        var now = clock.AddTicks(-(clock.Ticks % TimeSpan.TicksPerMicrosecond));
        var coupon = new Coupon
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            EventId = definition.EventId,
            Code = definition.Code,
            Kind = definition.Kind,
            Amount = definition.Amount,
            Currency = definition.Currency,
            MinimumOrder = definition.MinimumOrder,
            MaxRedemptions = definition.MaxRedemptions,
            MaxPerCustomer = definition.MaxPerCustomer,
            ValidFrom = definition.ValidFrom,
            ValidUntil = definition.ValidUntil,
            TicketTypeIds = [.. definition.TicketTypeIds],
            CreatedAt = now,
            CreatedBy = organizerId,
            IdempotencyKey = idempotencyKey,
            RequestFingerprint = fingerprint,
        };
        db.Add(coupon);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome.Issued(coupon, Created: true);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            db.ChangeTracker.Clear();
            if (unique.ConstraintName == CouponConfiguration.IdempotencyIndex
                && await ExistingAsync(organizationId, idempotencyKey, fingerprint, cancellationToken) is { } raced)
                return raced;
            return new Outcome.DuplicateCode(definition.Code);
        }
    }

    // Disabling twice is harmless: the first instant stays.
    public async Task<Coupon?> DisableAsync(Guid organizationId, Guid couponId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.Set<Coupon>()
            .Where(c => c.Id == couponId && c.OrganizationId == organizationId && c.DisabledAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.DisabledAt, now), cancellationToken);
        return await db.Set<Coupon>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == couponId && c.OrganizationId == organizationId, cancellationToken);
    }

    async Task<Outcome?> ExistingAsync(Guid organizationId, string idempotencyKey, string fingerprint, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Coupon>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.OrganizationId == organizationId && c.IdempotencyKey == idempotencyKey, cancellationToken);
        if (existing is null)
            return null;
        return existing.RequestFingerprint == fingerprint ? new Outcome.Issued(existing, Created: false) : new Outcome.KeyReused();
    }

    // The event must be the organization's; restricted ticket types must belong to it (or to any of the
    // organization's events for an organization-wide code).
    async Task<Dictionary<string, string[]>> CatalogErrorsAsync(Guid organizationId, CouponDefinition definition, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (definition.EventId is { } eventId
            && !await db.Set<CatalogEvent>().AnyAsync(e => e.Id == eventId && e.OrganizationId == organizationId, cancellationToken))
        {
            errors["eventId"] = ["This organization has no published event with this id."];
            return errors;
        }
        if (definition.TicketTypeIds.Count > 0)
        {
            var wanted = definition.TicketTypeIds.ToList();
            var known = await db.Set<CatalogTicketType>().AsNoTracking()
                .Where(t => wanted.Contains(t.Id))
                .Where(t => definition.EventId == null ? db.Set<CatalogEvent>().Any(e => e.Id == t.EventId && e.OrganizationId == organizationId) : t.EventId == definition.EventId)
                .Select(t => t.Id)
                .ToListAsync(cancellationToken);
            var unknown = wanted.Except(known).ToList();
            if (unknown.Count > 0)
                errors["ticketTypeIds"] = [$"Not ticket types of {(definition.EventId is null ? "this organization's events" : "this event")}: {string.Join(", ", unknown)}."];
        }
        return errors;
    }
}
