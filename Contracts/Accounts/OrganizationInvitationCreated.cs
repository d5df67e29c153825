namespace Platform.Contracts.Accounts;

// An organization invited an email address to join it as owner or staff.
public sealed record OrganizationInvitationCreated(
    Guid InvitationId,
    Guid OrganizationId,
    string OrganizationName,
    string Email,
    string Role,
    string InvitedByName,
    string AcceptUrl,
    DateTimeOffset ExpiresAt,
    DateTimeOffset OccurredAt);
