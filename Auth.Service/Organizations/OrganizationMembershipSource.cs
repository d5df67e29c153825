using Auth.Service.Accounts;
using Auth.Service.Infrastructure;
using Auth.Service.Organizations.Model;
using Microsoft.EntityFrameworkCore;

namespace Auth.Service.Organizations;

// Feeds the "org" claims of access tokens; disabled organizations are left out.
public sealed class OrganizationMembershipSource(AuthDbContext db) : IOrganizationMembershipSource
{
    public async Task<IReadOnlyList<(Guid OrganizationId, string Role)>> ForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var memberships = await db.Set<OrganizationMember>()
            .AsNoTracking()
            .Where(m => m.UserId == userId && m.Organization!.DisabledAt == null)
            .OrderBy(m => m.OrganizationId)
            .Select(m => new { m.OrganizationId, m.Role })
            .ToListAsync(cancellationToken);
        return memberships.Select(m => (m.OrganizationId, m.Role)).ToList();
    }
}
