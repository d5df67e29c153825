using System.Diagnostics;

namespace Platform.ServiceDefaults.Messaging;

public static class MessagingTelemetry
{
    // ServiceDefaults adds this source to tracing, so the relay's publish span links the writer's trace to MassTransit's send span.
    public const string ActivitySourceName = "Platform.Messaging";

    // Carries a correlation id that is not a Guid (MassTransit's CorrelationId only holds Guids).
    public const string CorrelationIdHeader = Correlation.CorrelationId.HeaderName;

    static readonly ActivitySource Source = new(ActivitySourceName);

    // Continues the trace of the request that wrote the outbox row, even when the row is published much later.
    internal static Activity? StartOutboxPublish(OutboxMessage row)
    {
        if (row.TraceParent is null || !ActivityContext.TryParse(row.TraceParent, null, out var parent))
            return Source.StartActivity("outbox publish", ActivityKind.Internal);

        var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        if (activity is not null)
            return activity;

        // Nobody listens to our source: an unrecorded activity still carries the trace id to MassTransit.
        activity = new Activity("outbox publish");
        activity.SetParentId(row.TraceParent);
        return activity.Start();
    }
}
