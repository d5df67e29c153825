using System.Security.Claims;
using Auth.Service.Infrastructure;

namespace Auth.Service.Organizations.Apis;

// What every organization handler needs, bound with [AsParameters].
public sealed record OrganizationServices(AuthDbContext Db, TimeProvider Clock, ClaimsPrincipal User, CancellationToken CancellationToken)
{
    public Guid CallerId => User.CallerId();
}
