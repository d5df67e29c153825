using System.Net.Mail;
using Auth.Service.Organizations.Model;

namespace Auth.Service.Organizations;

// Field checks shared by the endpoints; errors are keyed by the camelCase field name.
public static class OrganizationInput
{
    public static Dictionary<string, string[]> Errors() => new(StringComparer.Ordinal);

    public static void CheckName(string? name, Dictionary<string, string[]> errors)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            errors["name"] = ["The name is required."];
        else if (trimmed.Length is < Organization.NameMinLength or > Organization.NameMaxLength)
            errors["name"] = [$"The name must be {Organization.NameMinLength} to {Organization.NameMaxLength} characters long."];
    }

    public static void CheckRole(string? role, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(role))
            errors["role"] = ["The role is required."];
        else if (!OrganizationRoles.IsKnown(role))
            errors["role"] = [$"The role must be one of: {string.Join(", ", OrganizationRoles.All)}."];
    }

    public static void CheckEmail(string? email, Dictionary<string, string[]> errors)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            errors["email"] = ["The email is required."];
        else if (trimmed.Length > OrganizationInvitation.EmailMaxLength)
            errors["email"] = [$"The email must be at most {OrganizationInvitation.EmailMaxLength} characters long."];
        else if (!MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || !trimmed.Contains('@'))
            errors["email"] = ["The email is not a valid address."];
    }

    // Matches ASP.NET Core Identity's default lookup normalizer, so invitation and account emails compare equal.
    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();
}
