namespace Auth.Service.Organizations.Model;

public sealed class OrganizationMember
{
    public Guid OrganizationId { get; init; }
    public Guid UserId { get; init; }
    public required string Role { get; set; }
    public DateTimeOffset JoinedAt { get; init; }

    public Organization? Organization { get; init; }
}
