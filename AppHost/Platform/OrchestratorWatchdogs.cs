namespace Platform.AppHost.Platform;

public static class OrchestratorWatchdogs
{
    /// <summary>
    /// Aspire's orchestrator (DCP) starts a watchdog process beside every resource (`dcp monitor-process`, about 70 MB
    /// each, 12 of them here) that kills the resource should DCP itself die. DCP already stops every resource when the
    /// AppHost exits, however it exits, so only a crash of DCP itself could now leave a server behind. DCP reads the
    /// switch from its environment, which it inherits from the AppHost.
    /// </summary>
    public static IDistributedApplicationBuilder WithoutOrchestratorWatchdogs(this IDistributedApplicationBuilder builder)
    {
        Environment.SetEnvironmentVariable("DCP_DISABLE_MONITOR_PROCESS", "true");
        return builder;
    }
}
