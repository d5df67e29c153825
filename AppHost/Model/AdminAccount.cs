using System.Security.Cryptography;

namespace Platform.AppHost;

/// <summary>The platform admin that Auth creates at its first start; never created through the public API.</summary>
public sealed record AdminAccount(string Email, string Password, string PasswordSource)
{
    public const string DefaultEmail = "admin@ticketing.local";
    public const string PasswordFileName = "admin-password";

    public bool PasswordWasGenerated => PasswordSource != Given;

    private const string Given = "given";

    // Records print every property; this one must never print the password.
    public override string ToString() => $"{Email} (password {(PasswordWasGenerated ? "kept in " + PasswordSource : "as configured")})";

    internal static AdminAccount Resolve(PlatformOptions options, string dataPath)
    {
        if (!string.IsNullOrEmpty(options.AdminPassword))
            return new AdminAccount(options.AdminEmail, options.AdminPassword, Given);

        // Kept with the data so the admin can sign in again after a restart; --fresh makes a new one.
        var file = Path.Combine(dataPath, PasswordFileName);
        if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } saved)
            return new AdminAccount(options.AdminEmail, saved, file);
        Directory.CreateDirectory(dataPath);
        var password = NewPassword();
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(file, create))
            writer.WriteLine(password);
        return new AdminAccount(options.AdminEmail, password, file);
    }

    /// <summary>Random, 24 characters, every character class, so any sensible password policy accepts it.</summary>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 4)
        + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 10)
        + RandomNumberGenerator.GetString("23456789", 4)
        + "-"
        + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 5);
}
