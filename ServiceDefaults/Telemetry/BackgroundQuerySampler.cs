using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults.Telemetry;

// Polling workers (outbox relay, mail dispatcher) and health checks query the database every second outside
// any request; each query would be a one-span trace that crowds real traces out of a bounded dashboard window.
// Database spans inside a request, a consumer or the relay's publish keep their parent's decision.
internal sealed class BackgroundQuerySampler : Sampler
{
    static readonly Sampler Default = new ParentBasedSampler(new AlwaysOnSampler());

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        if (samplingParameters.ParentContext.TraceId == default
            && samplingParameters.Kind == ActivityKind.Client
            && IsDatabaseQuery(samplingParameters))
            return new SamplingResult(SamplingDecision.Drop);
        return Default.ShouldSample(samplingParameters);
    }

    static bool IsDatabaseQuery(in SamplingParameters parameters)
    {
        // Npgsql names a command span after the database system and a physical connection's opening "CONNECT <db>".
        if (parameters.Name == "postgresql" || parameters.Name.StartsWith("CONNECT ", StringComparison.Ordinal))
            return true;
        if (parameters.Tags is null)
            return false;
        foreach (var tag in parameters.Tags)
        {
            if (tag.Key is "db.system" or "db.system.name")
                return true;
        }
        return false;
    }
}
