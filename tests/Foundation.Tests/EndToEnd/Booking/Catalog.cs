using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

// The public catalog as an anonymous visitor reads it: seats left per ticket type of an occurrence.
internal sealed class Catalog(PlatformUnderTest platform)
{
    readonly HttpClient _visitor = platform.CreateGatewayClient();

    public async Task<int> SeatsLeftAsync(Guid eventId, Guid occurrenceId, Guid ticketTypeId)
    {
        using var response = await _visitor.GetAsync($"/api/events/{eventId}");
        Assert.True(response.IsSuccessStatusCode, await Customer.DescribeAsync(response));
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
        var occurrence = detail.GetProperty("occurrences").EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == occurrenceId);
        return occurrence.GetProperty("ticketTypes").EnumerateArray()
            .Single(t => t.GetProperty("ticketTypeId").GetGuid() == ticketTypeId).GetProperty("seatsLeft").GetInt32();
    }

    public Task WaitForSeatsLeftAsync(PublishedEvent published, Guid ticketTypeId, int expected, Guid? occurrenceId = null) =>
        Eventually.Until(() => SeatsLeftAsync(published.Id, occurrenceId ?? published.OccurrenceId, ticketTypeId), left => left == expected,
            $"{expected} seats left in the catalog", TimeSpan.FromSeconds(10));
}
