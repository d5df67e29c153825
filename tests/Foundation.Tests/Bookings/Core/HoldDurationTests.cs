using System.Net;
using System.Net.Http.Json;
using Bookings.Service.Apis;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed class HoldDurationTests
{
    [Fact]
    public async Task Bookings_HoldDuration_overrides_the_events_hold_minutes()
    {
        await using var service = await BookingsUnderTest.StartAsync(new Dictionary<string, string?> { ["Bookings:HoldDuration"] = "00:00:05" });
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(holdMinutes: 30));
        using var client = service.CustomerClient(Guid.CreateVersion7());
        var before = DateTimeOffset.UtcNow;

        using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1)), "short-hold");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = (await response.Content.ReadFromJsonAsync<BookingDto>())!;
        Assert.InRange(booking.HoldExpiresAt, before.AddSeconds(4), DateTimeOffset.UtcNow.AddSeconds(6));
    }
}
