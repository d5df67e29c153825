namespace Auth.Service.Accounts.Users;

public static class PlatformRoles
{
    public const string Admin = "admin";
}
