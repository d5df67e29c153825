using YamlDotNet.RepresentationModel;

namespace Platform.Foundation.Tests.Deploy;

// deploy/docker-compose.yml read as data, since no container engine is available to run it.
public sealed class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, ComposeService> services) => Services = services;

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    public static ComposeFile Load()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(RepositoryLayout.PathOf("deploy", "docker-compose.yml")))
            yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var services = ((YamlMappingNode)root["services"]).Children.ToDictionary(
            entry => ((YamlScalarNode)entry.Key).Value!,
            entry => ComposeService.From(((YamlScalarNode)entry.Key).Value!, (YamlMappingNode)entry.Value));
        return new ComposeFile(services);
    }

    public ComposeService ServiceRunning(string imagePrefix) =>
        Services.Values.Single(service => service.Image?.StartsWith(imagePrefix, StringComparison.Ordinal) == true);
}

public sealed record ComposeService(
    string Name,
    string? Image,
    string? BuildContext,
    string? Dockerfile,
    IReadOnlyDictionary<string, string> BuildArgs,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string> DependsOn,
    IReadOnlyList<string> Volumes,
    bool HasHealthcheck)
{
    public static ComposeService From(string name, YamlMappingNode node)
    {
        var build = Child(node, "build") as YamlMappingNode;
        return new ComposeService(
            name,
            Scalar(node, "image"),
            build is null ? null : Scalar(build, "context"),
            build is null ? null : Scalar(build, "dockerfile"),
            build is null ? Empty : Pairs(Child(build, "args")),
            Pairs(Child(node, "environment")),
            DependsOnConditions(Child(node, "depends_on")),
            Child(node, "volumes") is YamlSequenceNode volumes ? volumes.Children.Select(v => ((YamlScalarNode)v).Value!).ToArray() : [],
            Child(node, "healthcheck") is YamlMappingNode);
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    // Compose accepts both `KEY: value` maps and `KEY=value` lists.
    private static IReadOnlyDictionary<string, string> Pairs(YamlNode? node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? ""),
        YamlSequenceNode list => list.Children.Select(e => ((YamlScalarNode)e).Value!.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : ""),
        _ => Empty,
    };

    private static IReadOnlyDictionary<string, string> DependsOnConditions(YamlNode? node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value!,
            e => e.Value is YamlMappingNode options && Child(options, "condition") is YamlScalarNode condition ? condition.Value! : "service_started"),
        YamlSequenceNode list => list.Children.ToDictionary(e => ((YamlScalarNode)e).Value!, _ => "service_started"),
        _ => Empty,
    };
}
