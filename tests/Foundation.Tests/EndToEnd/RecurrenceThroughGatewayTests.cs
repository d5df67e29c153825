using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// An organizer at the gateway cannot schedule shows a venue cannot run: the refusal names recurrence.rrule and why.
[Collection(EndToEndCollection.Name)]
public sealed class RecurrenceThroughGatewayTests(PlatformFixture fixture)
{
    [Theory]
    [InlineData("FREQ=SECONDLY;COUNT=500", "SECONDLY")]
    [InlineData("FREQ=HOURLY;COUNT=10", "INTERVAL=2")]
    [InlineData("FREQ=DAILY;COUNT=2000", "Events:Recurrence:MaxOccurrences")]
    public async Task A_schedule_of_overlapping_or_too_many_shows_is_a_400_naming_recurrence_and_why(string rule, string reasonMentions)
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Recurring Rooms");

        using var response = await organizer.SendAsync(HttpMethod.Post, "", new EventPlan(Rrule: rule).Body("Every second a show"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await Customer.DescribeAsync(response));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["recurrence.rrule"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains(reasonMentions, errors.GetProperty("recurrence.rrule")[0].GetString());
    }
}
