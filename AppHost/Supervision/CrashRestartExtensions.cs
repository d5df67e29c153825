using Microsoft.Extensions.DependencyInjection;

namespace Platform.AppHost.Supervision;

public static class CrashRestartExtensions
{
    /// <summary>Every executable and project that dies unasked is started again, with back-off.</summary>
    public static IDistributedApplicationBuilder RestartCrashedResources(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddHostedService<CrashRestarts>();
        return builder;
    }
}
