using Microsoft.AspNetCore.Identity;

namespace Auth.Service.Accounts.Users;

// An account. Identity owns the credentials; the rest is what the platform shows and enforces.
public sealed class PlatformUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;
    public const int EmailMaxLength = 254;

    public required string DisplayName { get; set; }

    // Set by platform admins; a disabled user can neither sign in nor refresh.
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
