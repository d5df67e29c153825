using Auth.Service.Infrastructure;
using Auth.Service.Organizations.Model;
using Microsoft.EntityFrameworkCore;

namespace Auth.Service.Organizations;

// The caller's place in one organization, read from the database on every request rather than
// from the token, so a removal or role change takes effect before the token expires.
public sealed record CallerMembership(Guid OrganizationId, string OrganizationName, string Role, DateTimeOffset CreatedAt)
{
    public bool IsOwner => Role == OrganizationRoles.Owner;

    // Null when the caller is not a member or the organization is disabled: both answer 404.
    public static Task<CallerMembership?> FindAsync(AuthDbContext db, Guid organizationId, Guid userId, CancellationToken cancellationToken) =>
        db.Set<OrganizationMember>()
            .Where(m => m.OrganizationId == organizationId && m.UserId == userId && m.Organization!.DisabledAt == null)
            .Select(m => new CallerMembership(m.OrganizationId, m.Organization!.Name, m.Role, m.Organization.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken);
}
