using System.ComponentModel.DataAnnotations;

namespace Payments.Service.Providers;

// Bound from "Payments".
public sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    [Required, RegularExpression("^(Simulated|Stripe)$", ErrorMessage = "Payments:Provider must be Simulated or Stripe.")]
    public string Provider { get; set; } = "Simulated";

    // A payment in Processing longer than this is taken to be orphaned by a crash and finished by recovery.
    // Longer than any attempt can last (timeouts times retries).
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan WorkerPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    // Refund retries after the pipeline gave up: back-off doubles from FirstRefundRetryDelay.
    [Range(1, 100)]
    public int MaxRefundAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRefundRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}
