using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.WaitingList;

// Bound from "Bookings:WaitingList".
public sealed class WaitingListOptions
{
    public const string SectionName = "Bookings:WaitingList";

    // How often the offer worker looks for returned seats and for offers that ran out.
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    // How long seats stay held for the customer an offer went to.
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ClaimWindow { get; set; } = TimeSpan.FromMinutes(30);

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;
}
