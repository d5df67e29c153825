using System.Security.Cryptography;

namespace Platform.AppHost.Platform;

/// <summary>The platform admin that Auth creates at its first start; never created through the public API.</summary>
public static class AdminAccount
{
    public const string DefaultEmail = "admin@ticketing.local";
    public const string PasswordParameter = "admin-password";

    /// <summary>
    /// Auth's Auth__Admin__Email and __Password. The password is Parameters:admin-password (or
    /// PLATFORM_ADMIN_PASSWORD), else generated once and kept in the data folder so the admin can sign
    /// in again after a restart; the dashboard shows it masked.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlatformAdmin(this IResourceBuilder<ProjectResource> auth, string dataFolder)
    {
        var builder = auth.ApplicationBuilder;
        var config = builder.Configuration;
        var email = config["PLATFORM_ADMIN_EMAIL"] is { Length: > 0 } given ? given : DefaultEmail;
        if (string.IsNullOrEmpty(config[$"Parameters:{PasswordParameter}"]))
        {
            var (password, source) = config["PLATFORM_ADMIN_PASSWORD"] is { Length: > 0 } fromEnvironment
                ? (fromEnvironment, "PLATFORM_ADMIN_PASSWORD")
                : KeptPassword(dataFolder);
            config[$"Parameters:{PasswordParameter}"] = password;
            Console.WriteLine($"Platform admin: {email}, password in {source}");
        }
        var passwordParameter = builder.AddParameter(PasswordParameter, secret: true);
        return auth.WithEnvironment("Auth__Admin__Email", email).WithEnvironment("Auth__Admin__Password", passwordParameter);
    }

    private static (string Password, string Source) KeptPassword(string dataFolder)
    {
        var file = Path.Combine(dataFolder, "admin-password");
        if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } saved)
            return (saved, file);
        Directory.CreateDirectory(dataFolder);
        var password = NewPassword();
        File.WriteAllText(file, password + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return (password, file);
    }

    /// <summary>Random, 24 characters, every character class, so any sensible password policy accepts it.</summary>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 4)
        + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 10)
        + RandomNumberGenerator.GetString("23456789", 4)
        + "-"
        + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 5);
}
