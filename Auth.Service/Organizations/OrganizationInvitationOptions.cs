using System.ComponentModel.DataAnnotations;

namespace Auth.Service.Organizations;

public sealed class OrganizationInvitationOptions
{
    public const string Section = "Organizations:Invitations";

    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
