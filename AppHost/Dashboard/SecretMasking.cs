using System.Text.RegularExpressions;

namespace Platform.AppHost.Dashboard;

/// <summary>Environment and connection strings as the dashboard shows them: secrets replaced by ***.</summary>
public static partial class SecretMasking
{
    public const string Mask = "***";

    private static readonly string[] SecretWords = ["PASSWORD", "SECRET", "TOKEN", "KEY"];

    public static string MaskValue(string key, string? value)
    {
        if (value is null)
            return "";
        if (SecretWords.Any(word => key.Contains(word, StringComparison.OrdinalIgnoreCase)))
            return Mask;
        return MaskConnectionString(value);
    }

    /// <summary>Password=…; in key-value connection strings and user:password@ in URIs.</summary>
    public static string MaskConnectionString(string value)
    {
        value = PasswordSetting().Replace(value, m => m.Groups["name"].Value + "=" + Mask);
        return UriPassword().Replace(value, m => m.Groups["prefix"].Value + Mask + "@");
    }

    [GeneratedRegex(@"(?<name>\b(?:password|pwd)\s*)=[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();

    [GeneratedRegex(@"(?<prefix>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s/]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();
}
