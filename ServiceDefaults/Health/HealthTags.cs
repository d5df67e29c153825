namespace Platform.ServiceDefaults.Health;

public static class HealthTags
{
    // /alive runs only these: the process answers, whatever its dependencies say.
    public const string Live = "live";

    // Dependencies the service needs before it can take traffic.
    public const string Ready = "ready";
}
