using System.ComponentModel.DataAnnotations;

namespace Auth.Service.Accounts.Signing;

public sealed class SigningKeyOptions
{
    public const string SectionName = "Auth:SigningKeys";

    // A new key starts signing once the active one is this old.
    [Range(1, 365)]
    public int RotateAfterDays { get; set; } = 30;
}
