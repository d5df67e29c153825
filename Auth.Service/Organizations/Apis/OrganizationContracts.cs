using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Auth.Service.Organizations.Apis;

public sealed record CreateOrganizationRequest(
    [Required, Description("Name of the organization (2 to 100 characters); the caller becomes its owner.")] string? Name);

public sealed record RenameOrganizationRequest(
    [Required, Description("The new name (2 to 100 characters).")] string? Name);

public sealed record OrganizationResponse(
    [Description("Id of the organization.")] Guid Id,
    [Description("Name of the organization.")] string Name,
    [Description("The caller's role in it: owner or staff.")] string MyRole,
    [Description("When the organization was created.")] DateTimeOffset CreatedAt);

public sealed record MemberResponse(
    [Description("Id of the member's account.")] Guid UserId,
    [Description("The member's email address.")] string Email,
    [Description("The member's display name, if the account has one.")] string? DisplayName,
    [Description("owner or staff.")] string Role,
    [Description("When the member joined the organization.")] DateTimeOffset JoinedAt);

public sealed record ChangeMemberRoleRequest(
    [Required, Description("owner or staff; the last owner cannot become staff.")] string? Role);

public sealed record InviteMemberRequest(
    [Required, Description("Email address to send the invitation to.")] string? Email,
    [Required, Description("Role the invited person gets on accepting: owner or staff.")] string? Role);

public sealed record InvitationResponse(
    [Description("Id of the invitation.")] Guid Id,
    [Description("Id of the organization the invitation is for.")] Guid OrganizationId,
    [Description("Email address the invitation was sent to.")] string Email,
    [Description("Role given on accepting: owner or staff.")] string Role,
    [Description("Pending, Accepted, Revoked or Expired.")] string Status,
    [Description("When the invitation was sent.")] DateTimeOffset CreatedAt,
    [Description("When the invitation stops working if not accepted.")] DateTimeOffset ExpiresAt);

public sealed record AcceptInvitationRequest(
    [Required, Description("The token from the invitation mail; accepted by the signed-in account whose email it was sent to.")] string? Token);
