namespace Platform.AppHost;

/// <summary>Debian's PostgreSQL: /usr/lib/postgresql/&lt;version&gt;/bin, newest version installed.</summary>
internal static class PostgresBinaries
{
    public static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root)
                .Select(d => (Dir: d, Version: double.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(d => d.Version >= 0 && File.Exists(Path.Combine(d.Dir, "bin", "postgres")))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin"))
                .FirstOrDefault()
            : null;
        return newest ?? throw new PrerequisiteException(
            $"PostgreSQL is not installed (nothing under {root}/<version>/bin); install it: apt-get install -y postgresql, or give ConnectionStrings:postgres.");
    }
}
