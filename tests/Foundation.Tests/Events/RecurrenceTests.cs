using System.Net;
using Events.Service.Domain;
using Platform.Contracts.Events;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

public sealed class RecurrenceTests
{
    private static readonly DateTimeOffset LongAgo = DateTimeOffset.MinValue;
    private static readonly DateTimeOffset FarAhead = DateTimeOffset.MaxValue;

    [Fact]
    public void A_weekly_evening_event_stays_at_19_local_across_the_autumn_clock_change()
    {
        var schedule = new OccurrenceSchedule(new DateTime(2026, 10, 15, 19, 0, 0), new DateTime(2026, 10, 15, 21, 0, 0),
            "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TH;COUNT=3", []);

        var instances = schedule.Expand(LongAgo, FarAhead, 500);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 10, 15, 17, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 10, 22, 17, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 10, 29, 18, 0, 0, TimeSpan.Zero),
            ],
            instances.Select(i => i.StartsAt));
        Assert.All(instances, i => Assert.Equal(TimeSpan.FromHours(2), i.EndsAt - i.StartsAt));
    }

    [Fact]
    public void Spring_forward_in_New_York_keeps_the_local_time_and_until_stops_the_series()
    {
        var schedule = new OccurrenceSchedule(new DateTime(2027, 3, 12, 10, 0, 0), new DateTime(2027, 3, 12, 11, 30, 0),
            "America/New_York", "FREQ=DAILY;UNTIL=20270315T235959Z", []);

        var instances = schedule.Expand(LongAgo, FarAhead, 500);

        Assert.Equal([15, 15, 14, 14], instances.Select(i => i.StartsAt.UtcDateTime.Hour));
        Assert.Equal(new DateTime(2027, 3, 15), instances[^1].StartsAt.UtcDateTime.Date);
    }

    [Fact]
    public void Exception_dates_are_skipped_and_the_horizon_and_maximum_bound_an_endless_rule()
    {
        var schedule = new OccurrenceSchedule(new DateTime(2027, 1, 4, 18, 0, 0), new DateTime(2027, 1, 4, 20, 0, 0),
            "Europe/London", "FREQ=WEEKLY;BYDAY=MO,WE", [new DateOnly(2027, 1, 6), new DateOnly(2027, 1, 11)]);

        var firstFour = schedule.Expand(LongAgo, FarAhead, 4);
        Assert.Equal([4, 13, 18, 20], firstFour.Select(i => i.StartsAt.Day));

        var untilFebruary = schedule.Expand(LongAgo, new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero), 500);
        Assert.Equal(6, untilFebruary.Count);

        var upcomingOnly = schedule.Expand(new DateTimeOffset(2027, 1, 19, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero), 500);
        Assert.Equal([20, 25, 27], upcomingOnly.Select(i => i.StartsAt.Day));
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3", null)]
    [InlineData("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20271231T000000Z", null)]
    [InlineData("", "empty")]
    [InlineData("BYDAY=MO", "FREQ")]
    [InlineData("FREQ=HOURLYISH", "not a valid")]
    public void Rules_are_checked_before_they_are_used(string rule, string? problemMentions)
    {
        var problem = OccurrenceSchedule.ProblemWithRule(rule);
        if (problemMentions is null) Assert.Null(problem);
        else Assert.Contains(problemMentions, problem);
    }

    [Fact]
    public async Task A_recurring_event_is_published_with_occurrences_in_local_time_across_dst_and_its_ics_names_the_zone()
    {
        await using var events = await EventsUnderTest.StartAsync();
        var org = Guid.CreateVersion7();
        var year = DateTime.UtcNow.Year + 1;
        // Thursdays through the last Sunday of October (the clocks go back), skipping one week.
        var firstThursday = new DateTime(year, 10, 1);
        while (firstThursday.DayOfWeek != DayOfWeek.Thursday) firstThursday = firstThursday.AddDays(1);
        var start = firstThursday.AddHours(19);
        var skipped = DateOnly.FromDateTime(start.AddDays(7));
        var draft = EventDrafts.Concert(startsAt: start, recurrence: new { rrule = "FREQ=WEEKLY;BYDAY=TH;COUNT=6", exceptions = new[] { skipped } });

        var published = await events.PublishedAsync(org, draft);

        var occurrences = published.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("startsAt").GetDateTimeOffset()).ToArray();
        Assert.Equal(5, occurrences.Length);
        Assert.All(occurrences, o => Assert.Equal(19, o.Hour));
        Assert.DoesNotContain(occurrences, o => DateOnly.FromDateTime(o.DateTime) == skipped);
        Assert.Equal(TimeSpan.FromHours(2), occurrences[0].Offset);
        Assert.Equal(TimeSpan.FromHours(1), occurrences[^1].Offset);
        var snapshot = Assert.Single(await events.OutboxAsync<EventPublished>()).GetProperty("event");
        Assert.Equal(5, snapshot.GetProperty("occurrences").GetArrayLength());
        Assert.Equal("FREQ=WEEKLY;BYDAY=TH;COUNT=6", published.GetProperty("schedule").Str("rrule"));

        var last = published.GetProperty("occurrences")[4].Id();
        using var ics = await events.Client.GetAsync($"/api/events/{published.Id()}/occurrences/{last}.ics");
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        var text = await ics.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains($"DTSTART;TZID=Europe/Berlin:{occurrences[^1]:yyyyMMdd}T190000", text);
        Assert.Contains("SUMMARY:Night of Strings", text);
        Assert.Contains("LOCATION:Konzerthaus", text);

        using (var unknown = await events.Client.GetAsync($"/api/events/{published.Id()}/occurrences/{Guid.CreateVersion7()}.ics"))
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var draftOnly = await events.CreateAsync(org, EventDrafts.Concert());
        using (var ofDraft = await events.Client.GetAsync($"/api/events/{draftOnly.Id()}/occurrences/{draftOnly.GetProperty("occurrences")[0].Id()}.ics"))
            Assert.Equal(HttpStatusCode.NotFound, ofDraft.StatusCode);
    }

    [Fact]
    public async Task The_horizon_job_adds_occurrences_as_time_passes_and_announces_them()
    {
        var clock = new ManualClock();
        await using var events = await EventsUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["Events:Recurrence:Horizon"] = "30.00:00:00",
            ["Events:Recurrence:ExtendEvery"] = "00:00:01",
        }, clock);
        var org = Guid.CreateVersion7();
        var start = DateTime.UtcNow.Date.AddDays(1).AddHours(12);
        var published = await events.PublishedAsync(org, EventDrafts.Concert(startsAt: start, timeZone: "UTC", recurrence: new { rrule = "FREQ=WEEKLY" }));
        var initial = published.GetProperty("occurrences").GetArrayLength();
        Assert.InRange(initial, 4, 5);

        clock.Advance(TimeSpan.FromDays(21));

        await Messaging.Eventually.HoldsAsync(async () =>
            (await events.GetJsonAsync($"/api/events/{published.Id()}")).GetProperty("occurrences").GetArrayLength() >= initial + 3,
            TimeSpan.FromSeconds(20), "three more weekly occurrences after three weeks");
        var updated = Assert.Single(await events.OutboxAsync<EventUpdated>()).GetProperty("event");
        Assert.True(updated.GetProperty("occurrences").GetArrayLength() >= initial + 3);
    }
}
