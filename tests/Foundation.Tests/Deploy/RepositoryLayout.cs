using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Platform.Foundation.Tests.Deploy;

// The repository as the deploy files see it: the solution's runnable projects and their references.
public static partial class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    // Web projects of Platform.sln: the five services and the gateway.
    public static IReadOnlyList<string> WebProjects() =>
        SolutionProjectPath().Matches(File.ReadAllText(PathOf("Platform.sln")))
            .Select(match => match.Groups["path"].Value.Replace('\\', '/'))
            .Where(path => XDocument.Load(PathOf(path)).Root?.Attribute("Sdk")?.Value == "Microsoft.NET.Sdk.Web")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .ToArray();

    // "Auth.Service" -> "auth", "Gateway" -> "gateway": the AppHost's resource names.
    public static string ResourceNameOf(string project) =>
        project.Replace(".Service", "", StringComparison.Ordinal).ToLowerInvariant();

    public static IReadOnlySet<string> ProjectDirectoriesNeededBy(string project)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([PathOf(project, $"{project}.csproj")]);
        while (pending.TryPop(out var csproj))
        {
            var directory = Path.GetDirectoryName(csproj)!;
            if (!needed.Add(Path.GetRelativePath(Root, directory).Replace('\\', '/')))
                continue;
            foreach (var reference in XDocument.Load(csproj).Descendants("ProjectReference"))
                pending.Push(Path.GetFullPath(Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', '/'))));
        }
        return needed;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
                return directory.FullName;
        throw new InvalidOperationException("Platform.sln not found above the test output folder.");
    }

    [GeneratedRegex("""^Project\("\{[^}]+\}"\) = "[^"]+", "(?<path>[^"]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex SolutionProjectPath();
}
