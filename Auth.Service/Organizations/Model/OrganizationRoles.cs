namespace Auth.Service.Organizations.Model;

public static class OrganizationRoles
{
    public const string Owner = "owner";
    public const string Staff = "staff";

    public static readonly IReadOnlyList<string> All = [Owner, Staff];

    public static bool IsKnown(string? role) => role is Owner or Staff;
}
