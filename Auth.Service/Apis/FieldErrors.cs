using Auth.Service.Accounts.Passwords;
using Auth.Service.Accounts.Users;
using Microsoft.AspNetCore.Identity;

namespace Auth.Service.Apis;

// Collects 400 errors keyed by the request's camelCase field names.
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public FieldErrors Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, $"The {field} field is required.");
        else if (value.Length > maxLength)
            Add(field, $"The {field} field must be at most {maxLength} characters.");
        return this;
    }

    public FieldErrors Email(string field, string? value)
    {
        Required(field, value, PlatformUser.EmailMaxLength);
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= PlatformUser.EmailMaxLength
            && !System.Net.Mail.MailAddress.TryCreate(value.Trim(), out _))
            Add(field, $"The {field} field is not a valid email address.");
        return this;
    }

    public FieldErrors Password(string field, string? value) => Required(field, value, CommonPasswordValidator.MaxLength);

    public FieldErrors From(string field, IdentityResult result)
    {
        foreach (var error in result.Errors)
            Add(field, error.Description);
        return this;
    }
}
