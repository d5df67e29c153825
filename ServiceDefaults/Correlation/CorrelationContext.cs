namespace Platform.ServiceDefaults.Correlation;

// The correlation id of the work running on the current async flow (a request, a consumed message).
public sealed class CorrelationContext
{
    private static readonly AsyncLocal<string?> Current = new();

    public string? CorrelationId
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}
