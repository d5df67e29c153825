namespace Auth.Service.Organizations.Model;

// A tenant: organizers publish events under it and its members act for it.
public sealed class Organization
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 100;

    public Guid Id { get; init; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    // Set by a platform admin: members then see 404 and tokens carry no membership for it.
    public DateTimeOffset? DisabledAt { get; set; }
    public bool IsDisabled => DisabledAt is not null;

    public List<OrganizationMember> Members { get; init; } = [];
}
