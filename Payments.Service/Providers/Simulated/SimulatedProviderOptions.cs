using System.ComponentModel.DataAnnotations;

namespace Payments.Service.Providers.Simulated;

// Bound from "Payments:Simulated".
public sealed class SimulatedProviderOptions
{
    public const string SectionName = "Payments:Simulated";

    // tok_success_late: success after this delay, kept below the pipeline's attempt timeout.
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan LateDelay { get; set; } = TimeSpan.FromSeconds(5);

    // tok_slow: answers only after this, beyond the pipeline's attempt timeout.
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(60);

    // Makes every refund answer 503, to exercise refund retries and RefundFailed.
    public bool RefundsUnavailable { get; set; }
}
