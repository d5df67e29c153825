namespace Auth.Service.Accounts;

// Used only while no organizations area is registered.
internal sealed class NoOrganizationMemberships : IOrganizationMembershipSource
{
    public Task<IReadOnlyList<(Guid OrganizationId, string Role)>> ForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(Guid, string)>>([]);
}
