using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.Saga;

// Bound from "Bookings:Saga".
public sealed class SagaOptions
{
    public const string SectionName = "Bookings:Saga";

    // How often the hold-expiry worker looks for holds that ran out (also right after start).
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ExpiryPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 10_000)]
    public int ExpiryBatchSize { get; set; } = 100;
}
