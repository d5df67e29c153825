using System.Diagnostics;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Foundation.Tests.Messaging;

// Records MassTransit's and the relay's spans, as the service's tracing would, so trace ids propagate.
internal static class TraceListener
{
    public static ActivityListener Start()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or MessagingTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
