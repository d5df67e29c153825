using Platform.AppHost.Telemetry;

namespace Platform.AppHost.Dashboard;

/// <summary>The structured-log filters: resource, minimum level, text and trace id; after = only newer records.</summary>
public sealed record LogQuery(string? Resource, string? Level, string? Text, string? TraceId, long After = 0, int Limit = 500)
{
    private static readonly string[] Levels = ["Trace", "Debug", "Information", "Warning", "Error", "Critical"];

    public IReadOnlyList<TelemetryLogRecord> Apply(IEnumerable<TelemetryLogRecord> records)
    {
        var minimum = Array.FindIndex(Levels, l => l.Equals(Level, StringComparison.OrdinalIgnoreCase));
        return [.. records
            .Where(r => r.Sequence > After)
            .Where(r => string.IsNullOrWhiteSpace(Resource) || r.Service.Equals(Resource, StringComparison.OrdinalIgnoreCase))
            .Where(r => minimum <= 0 || Array.IndexOf(Levels, r.Level) >= minimum)
            .Where(r => string.IsNullOrWhiteSpace(TraceId) || string.Equals(r.TraceId, TraceId.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrWhiteSpace(Text) || r.Message.Contains(Text, StringComparison.OrdinalIgnoreCase)
                || r.Category.Contains(Text, StringComparison.OrdinalIgnoreCase))
            .Reverse()
            .Take(Math.Clamp(Limit, 1, 2000))];
    }
}
