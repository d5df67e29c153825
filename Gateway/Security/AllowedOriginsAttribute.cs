using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Security;

// An origin is scheme://host[:port] and nothing more; a path or a wildcard would not match what browsers send.
internal sealed class AllowedOriginsAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        foreach (var origin in value as IEnumerable<string> ?? [])
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.PathAndQuery != "/" || origin.EndsWith('/'))
                return new ValidationResult($"Gateway:AllowedOrigins has '{origin}', which is not an origin like https://tickets.example.com.", [context.MemberName!]);
        }
        return ValidationResult.Success;
    }
}
