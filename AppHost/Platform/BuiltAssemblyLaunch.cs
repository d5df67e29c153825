using System.Reflection;

namespace Platform.AppHost.Platform;

public static class BuiltAssemblyLaunch
{
    private static readonly string Configuration =
        typeof(BuiltAssemblyLaunch).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>
    /// Starts the service as `dotnet Service.dll` from its build output, in its project folder as before. Aspire's
    /// default, `dotnet run --no-build`, keeps an SDK process beside every service (about 130 MB each) and evaluates the
    /// project at every start; building the AppHost has already built every service. The resource stays a project:
    /// same endpoints, references, replicas, health and commands. Without that output (another OutputPath) Aspire's
    /// default stays.
    /// </summary>
    public static IResourceBuilder<ProjectResource> RunsBuiltAssembly(this IResourceBuilder<ProjectResource> service)
    {
        var project = service.Resource.GetProjectMetadata().ProjectPath;
        var assembly = Path.Combine(Path.GetDirectoryName(project)!, "bin", Configuration, "net10.0",
            Path.GetFileNameWithoutExtension(project) + ".dll");
        // Aspire marks launch-tool arguments as an evaluation API (ASPIREEXTENSION001); it is the supported way to replace `run`.
#pragma warning disable ASPIREEXTENSION001
        return File.Exists(assembly) ? service.WithLaunchToolArgs(context => context.Args.Add(assembly)) : service;
#pragma warning restore ASPIREEXTENSION001
    }
}
