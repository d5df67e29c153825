namespace Platform.AppHost;

public enum ResourceState
{
    NotStarted,
    Starting,
    Running,
    Unhealthy,
    Exited,
    Restarting,
    Stopped,
}
