using System.Text.Json;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

// Bookings rehearses placements before it reports ready, so the first drop after a start does not pay for
// compiling the placement path; the rehearsals book on a sale that exists only in memory and leave nothing.
public sealed class PlacementWarmUpTests : IAsyncLifetime
{
    BookingsUnderTest service = null!;

    public async Task InitializeAsync() =>
        service = await BookingsUnderTest.StartAsync(new Dictionary<string, string?> { ["Bookings:WarmUpRehearsals"] = "16" });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Bookings_reports_ready_once_placements_were_rehearsed_and_they_leave_no_trace()
    {
        using var anonymous = service.Anonymous();
        using var health = JsonDocument.Parse(await anonymous.GetStringAsync("/health"));
        var warmUp = health.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "placement-warm-up");
        Assert.Equal("Healthy", warmUp.GetProperty("status").GetString());

        Assert.Equal(0L, await service.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE idempotency_key LIKE 'rehearsal-%'"));
        Assert.Equal(0L, await service.ScalarAsync<long>("SELECT count(*) FROM booking_lines WHERE ticket_type_name = 'Rehearsal'"));
        Assert.Equal(0L, await service.ScalarAsync<long>("SELECT count(*) FROM inventory_counters"));
    }
}
