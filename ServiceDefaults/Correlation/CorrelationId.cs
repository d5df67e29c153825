namespace Platform.ServiceDefaults.Correlation;

// The id that ties one user action together across services, logs and messages.
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-ID";
    public const string LogScopeKey = "CorrelationId";
    public const string BaggageKey = "correlation.id";
    public const int MaxLength = 64;

    // Ids from outside end up in logs and headers, so only a short, plain alphabet is trusted.
    public static bool IsValid(string? candidate) =>
        !string.IsNullOrEmpty(candidate)
        && candidate.Length <= MaxLength
        && candidate.All(IsAllowed);

    public static string New() => Guid.CreateVersion7().ToString("N");

    private static bool IsAllowed(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-';
}
