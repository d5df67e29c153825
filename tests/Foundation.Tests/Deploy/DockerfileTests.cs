using System.Text.RegularExpressions;
using Xunit;

namespace Platform.Foundation.Tests.Deploy;

public sealed class DockerfileTests
{
    private readonly string[] _lines = File.ReadAllLines(RepositoryLayout.PathOf("deploy", "Dockerfile"))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToArray();

    [Fact]
    public void Builds_with_the_sdk_and_runs_on_the_aspnet_runtime_as_a_non_root_user()
    {
        var stages = _lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToArray();
        Assert.True(stages.Length >= 2, "expected a multi-stage build");
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:", stages[0]);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:", stages[^1]);
        Assert.Contains(_lines, line => line == "ARG DOTNET_VERSION=10.0");

        var runtimeStage = _lines.SkipWhile(line => line != stages[^1]).ToArray();
        var user = runtimeStage.LastOrDefault(line => line.StartsWith("USER ", StringComparison.Ordinal));
        Assert.NotNull(user);
        Assert.DoesNotMatch(@"^USER\s+(root|0)(:|$)", user);
    }

    [Fact]
    public void Builds_each_project_compose_names_with_every_project_it_references()
    {
        var copied = _lines.Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from"))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).SkipLast(1))
            .ToArray();
        Assert.Contains(_lines, line => Regex.IsMatch(line, @"dotnet publish \$\{PROJECT\}/\$\{PROJECT\}\.csproj"));

        var projects = ComposeFile.Load().Services.Values
            .Select(service => service.BuildArgs.GetValueOrDefault("PROJECT"))
            .OfType<string>()
            .ToArray();
        Assert.NotEmpty(projects);

        foreach (var project in projects)
        {
            Assert.True(File.Exists(RepositoryLayout.PathOf(project, $"{project}.csproj")), $"{project}/{project}.csproj does not exist");
            foreach (var directory in RepositoryLayout.ProjectDirectoriesNeededBy(project))
            {
                var source = directory == project ? "${PROJECT}/" : $"{directory}/";
                Assert.True(copied.Contains(source), $"the Dockerfile does not copy {source} needed to build {project}");
            }
        }
    }
}
