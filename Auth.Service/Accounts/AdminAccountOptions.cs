namespace Auth.Service.Accounts;

// The platform admin created at start; the public API can never grant the admin role.
public sealed class AdminAccountOptions
{
    public const string SectionName = "Auth:Admin";

    public string? Email { get; set; }
    public string? Password { get; set; }
    public string DisplayName { get; set; } = "Platform admin";
}
