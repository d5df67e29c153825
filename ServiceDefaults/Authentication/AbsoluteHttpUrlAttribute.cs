using System.ComponentModel.DataAnnotations;

namespace Platform.ServiceDefaults.Authentication;

internal sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || (value is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? ValidationResult.Success
            : new ValidationResult($"Platform:{context.MemberName} must be an absolute http(s) URL, not '{value}'.", [context.MemberName!]);
}
