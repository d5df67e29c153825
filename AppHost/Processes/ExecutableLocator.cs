namespace Platform.AppHost;

internal static class ExecutableLocator
{
    public static string? Find(string name)
    {
        if (name.Contains('/'))
            return File.Exists(name) ? name : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin").Split(':'))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    public static string Require(string name, string installHint) =>
        Find(name) ?? throw new PrerequisiteException($"{name} is not installed; {installHint}.");
}
