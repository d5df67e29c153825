using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.Saga;

// Bound from "Bookings:Saga".
public sealed class SagaOptions
{
    public const string SectionName = "Bookings:Saga";

    // How often the due-message worker looks for hold expiries that are due (also right after start).
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ExpiryPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 10_000)]
    public int ExpiryBatchSize { get; set; } = 100;

    // Payments refuses to start a charge after the hold's expiry, but one started just before may still
    // be on its way: the hold's expiry is scheduled this long after its end (when the booking is placed),
    // which spares that customer an expired booking and a refund.
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan PaymentGrace { get; set; } = TimeSpan.FromSeconds(5);

    // How many live bookings an organizer's cancellation reads at a time.
    [Range(1, 10_000)]
    public int CancellationPageSize { get; set; } = 500;
}
