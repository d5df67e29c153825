using System.Net;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

// A schedule a venue cannot run is refused by name: sub-hourly rules, shows that overlap, more shows than the cap.
public sealed class RecurrenceLimitTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Theory]
    [InlineData("FREQ=SECONDLY;COUNT=500", "SECONDLY")]
    [InlineData("FREQ=SECONDLY", "SECONDLY")]
    [InlineData("FREQ=MINUTELY;INTERVAL=180;COUNT=3", "MINUTELY")]
    [InlineData("FREQ=HOURLY;COUNT=10", "INTERVAL=2")]
    [InlineData("FREQ=HOURLY;INTERVAL=1;COUNT=3", "INTERVAL=2")]
    [InlineData("FREQ=DAILY;BYHOUR=19,20;COUNT=4", "must end before the next begins")]
    [InlineData("FREQ=WEEKLY;COUNT=501", "500")]
    public async Task A_rule_whose_shows_overlap_or_outnumber_the_cap_is_a_400_naming_recurrence_and_why(string rule, string reasonMentions)
    {
        var org = Guid.CreateVersion7();
        using var response = await fixture.Events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), fixture.Events.OrganizerToken(org),
            EventDrafts.Concert(recurrence: new { rrule = rule }));

        var problem = await EventsUnderTest.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["recurrence.rrule"], problem.ErrorKeys());
        var reason = problem.GetProperty("errors").GetProperty("recurrence.rrule")[0].GetString();
        Assert.Contains(reasonMentions, reason);
    }

    [Fact]
    public async Task The_cap_is_named_in_the_refusal()
    {
        var org = Guid.CreateVersion7();
        using var response = await fixture.Events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), fixture.Events.OrganizerToken(org),
            EventDrafts.Concert(recurrence: new { rrule = "FREQ=DAILY;COUNT=2000" }));

        var problem = await EventsUnderTest.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Events:Recurrence:MaxOccurrences", problem.GetProperty("errors").GetProperty("recurrence.rrule")[0].GetString());
    }

    [Theory]
    [InlineData("FREQ=HOURLY;INTERVAL=2;COUNT=3", 3)]
    [InlineData("FREQ=HOURLY;INTERVAL=6;COUNT=4", 4)]
    [InlineData("FREQ=DAILY;COUNT=200", 200)]
    public async Task Shows_back_to_back_or_further_apart_are_accepted(string rule, int occurrences)
    {
        var org = Guid.CreateVersion7();
        using var response = await fixture.Events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), fixture.Events.OrganizerToken(org),
            EventDrafts.Concert(recurrence: new { rrule = rule }));

        var created = await EventsUnderTest.ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal(occurrences, created.GetProperty("occurrences").GetArrayLength());
    }
}
