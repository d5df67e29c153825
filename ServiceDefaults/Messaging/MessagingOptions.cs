using System.ComponentModel.DataAnnotations;

namespace Platform.ServiceDefaults.Messaging;

// Bound from the "Messaging" configuration section; every value has a production default.
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public static readonly TimeSpan[] DefaultRetryIntervals =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    // Prepended to every receive endpoint name so parallel tests never share queues; production leaves it empty.
    [RegularExpression("^[a-z0-9-]*$", ErrorMessage = "Messaging:EndpointPrefix may hold only lower-case letters, digits and dashes.")]
    public string? EndpointPrefix { get; set; }

    // Null means DefaultRetryIntervals (an array default would be appended to by the configuration binder).
    public TimeSpan[]? RetryIntervals { get; set; }

    [Range(1, 10_000)]
    public int RelayBatchSize { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan MaxRelayBackoff { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(1);

    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan[] EffectiveRetryIntervals => RetryIntervals is { Length: > 0 } ? RetryIntervals : DefaultRetryIntervals;
}
