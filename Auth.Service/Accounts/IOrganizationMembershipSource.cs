namespace Auth.Service.Accounts;

// Where the "org" claims of an access token come from; the organizations area implements it.
public interface IOrganizationMembershipSource
{
    Task<IReadOnlyList<(Guid OrganizationId, string Role)>> ForUserAsync(Guid userId, CancellationToken cancellationToken);
}
