namespace Auth.Service.Organizations.Apis;

public sealed record CreateOrganizationRequest(string? Name);

public sealed record RenameOrganizationRequest(string? Name);

public sealed record OrganizationResponse(Guid Id, string Name, string MyRole, DateTimeOffset CreatedAt);

public sealed record MemberResponse(Guid UserId, string Email, string? DisplayName, string Role, DateTimeOffset JoinedAt);

public sealed record ChangeMemberRoleRequest(string? Role);

public sealed record InviteMemberRequest(string? Email, string? Role);

public sealed record InvitationResponse(Guid Id, Guid OrganizationId, string Email, string Role, string Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public sealed record AcceptInvitationRequest(string? Token);
