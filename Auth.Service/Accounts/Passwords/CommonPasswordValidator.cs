using System.Collections.Frozen;
using Auth.Service.Accounts.Users;
using Microsoft.AspNetCore.Identity;

namespace Auth.Service.Accounts.Passwords;

// Rejects passwords outside 10..128 characters or on the common-passwords list shipped with the service.
public sealed class CommonPasswordValidator : IPasswordValidator<PlatformUser>
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<PlatformUser> manager, PlatformUser user, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
            return Fail("PasswordTooShort", $"Passwords must be at least {MinLength} characters.");
        if (password.Length > MaxLength)
            return Fail("PasswordTooLong", $"Passwords must be at most {MaxLength} characters.");
        if (IsCommon(password))
            return Fail("PasswordTooCommon", "This password is on a list of commonly used passwords.");
        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.ToLowerInvariant());

    public static int Count => CommonPasswords.Value.Count;

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common-passwords.txt resource is missing from Auth.Service.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } word)
                words.Add(word.ToLowerInvariant());
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
