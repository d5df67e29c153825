using System.Net;
using System.Text.Json;
using Platform.Contracts.Bookings;
using Platform.Contracts.Events;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

public sealed class OrganizerLifecycleTests
{
    [Fact]
    public async Task Draft_is_private_until_published_then_edits_unpublish_and_cancel_are_announced_with_growing_versions()
    {
        await using var events = await EventsUnderTest.StartAsync();
        var org = Guid.CreateVersion7();
        var token = events.OrganizerToken(org);

        var draft = await events.CreateAsync(org, EventDrafts.Concert());
        var id = draft.Id();
        Assert.Equal("Draft", draft.Str("status"));
        Assert.Equal(2, draft.GetProperty("ticketTypes").GetArrayLength());
        Assert.Equal(1, draft.GetProperty("occurrences").GetArrayLength());
        Assert.Equal(120, draft.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(8, draft.GetProperty("holdMinutes").GetInt32());
        Assert.True(draft.GetProperty("attendance").GetProperty("oneBookingPerOccurrence").GetBoolean());
        await events.GetJsonAsync($"/api/events/{id}", HttpStatusCode.NotFound);
        Assert.Equal(0, (await events.GetJsonAsync("/api/events")).GetProperty("totalCount").GetInt32());
        Assert.Empty(await events.OutboxAsync<EventPublished>());

        var published = await events.ActAsync(org, id, "publish");
        Assert.Equal("Published", published.Str("status"));
        var detail = await events.GetJsonAsync($"/api/events/{id}");
        Assert.Equal("Night of Strings", detail.Str("title"));
        Assert.Equal(1, (await events.GetJsonAsync("/api/events")).GetProperty("totalCount").GetInt32());
        var publishedMessage = Assert.Single(await events.OutboxAsync<EventPublished>());
        var snapshot = publishedMessage.GetProperty("event");
        Assert.Equal(id, snapshot.GetProperty("eventId").GetGuid());
        Assert.Equal(org, snapshot.GetProperty("organizationId").GetGuid());
        Assert.Equal(8, snapshot.GetProperty("holdMinutes").GetInt32());
        Assert.Equal(2, snapshot.GetProperty("ticketTypes").GetArrayLength());
        var publishedVersion = snapshot.GetProperty("version").GetInt64();

        // Edit: the next public read shows it (the cached detail and listing were dropped).
        var edited = EventDrafts.Concert(title: "Night of Strings and Winds");
        edited["ticketTypes"] = KeepTicketTypes(published, extraCapacity: 5);
        using (var response = await events.SendAsync(HttpMethod.Put, $"{EventsUnderTest.EventsOf(org)}/{id}", token, edited))
            await EventsUnderTest.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("Night of Strings and Winds", (await events.GetJsonAsync($"/api/events/{id}")).Str("title"));
        Assert.Equal("Night of Strings and Winds", (await events.GetJsonAsync("/api/events")).GetProperty("items")[0].Str("title"));
        var updated = Assert.Single(await events.OutboxAsync<EventUpdated>()).GetProperty("event");
        Assert.True(updated.GetProperty("version").GetInt64() > publishedVersion);
        Assert.Equal(105, updated.GetProperty("ticketTypes")[0].GetProperty("capacity").GetInt32());

        var unpublished = await events.ActAsync(org, id, "unpublish");
        Assert.Equal("Draft", unpublished.Str("status"));
        await events.GetJsonAsync($"/api/events/{id}", HttpStatusCode.NotFound);
        Assert.True(Assert.Single(await events.OutboxAsync<EventUnpublished>()).GetProperty("version").GetInt64() > updated.GetProperty("version").GetInt64());

        await events.ActAsync(org, id, "publish");
        using (var noReason = await events.SendAsync(HttpMethod.Post, $"{EventsUnderTest.EventsOf(org)}/{id}/cancel", token, new { reason = " " }))
            Assert.Equal(["reason"], (await EventsUnderTest.ExpectAsync(noReason, HttpStatusCode.BadRequest)).ErrorKeys());
        var cancelled = await events.ActAsync(org, id, "cancel", new { reason = "The orchestra is ill." });
        Assert.Equal("Cancelled", cancelled.Str("status"));
        var cancelMessage = Assert.Single(await events.OutboxAsync<EventCancelled>());
        Assert.Equal("The orchestra is ill.", cancelMessage.Str("reason"));
        Assert.Equal(2, (await events.OutboxAsync<EventPublished>()).Count);
        Assert.Equal("Cancelled", (await events.GetJsonAsync($"/api/events/{id}")).Str("status"));
        Assert.Equal(0, (await events.GetJsonAsync("/api/events")).GetProperty("totalCount").GetInt32());

        using (var again = await events.SendAsync(HttpMethod.Post, $"{EventsUnderTest.EventsOf(org)}/{id}/cancel", token, new { reason = "twice" }))
            await EventsUnderTest.ExpectAsync(again, HttpStatusCode.Conflict);
        using (var deleteCancelled = await events.SendAsync(HttpMethod.Delete, $"{EventsUnderTest.EventsOf(org)}/{id}", token))
            await EventsUnderTest.ExpectAsync(deleteCancelled, HttpStatusCode.Conflict);
        using (var editCancelled = await events.SendAsync(HttpMethod.Put, $"{EventsUnderTest.EventsOf(org)}/{id}", token, edited))
            await EventsUnderTest.ExpectAsync(editCancelled, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Drafts_are_deleted_and_listed_with_every_state_for_the_organization()
    {
        await using var events = await EventsUnderTest.StartAsync();
        var org = Guid.CreateVersion7();
        var token = events.OrganizerToken(org);
        var keep = await events.PublishedAsync(org, EventDrafts.Concert(title: "Kept"));
        var gone = await events.CreateAsync(org, EventDrafts.Concert(title: "Gone"));
        var draft = await events.CreateAsync(org, EventDrafts.Concert(title: "Still a draft"));

        using (var delete = await events.SendAsync(HttpMethod.Delete, $"{EventsUnderTest.EventsOf(org)}/{gone.Id()}", token))
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using (var deletePublished = await events.SendAsync(HttpMethod.Delete, $"{EventsUnderTest.EventsOf(org)}/{keep.Id()}", token))
            await EventsUnderTest.ExpectAsync(deletePublished, HttpStatusCode.Conflict);
        using (var getGone = await events.SendAsync(HttpMethod.Get, $"{EventsUnderTest.EventsOf(org)}/{gone.Id()}", token))
            Assert.Equal(HttpStatusCode.NotFound, getGone.StatusCode);

        using var list = await events.SendAsync(HttpMethod.Get, EventsUnderTest.EventsOf(org), token);
        var all = await EventsUnderTest.ExpectAsync(list, HttpStatusCode.OK);
        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Draft", "Published"], all.GetProperty("items").EnumerateArray().Select(i => i.Str("status")).Order().ToArray());
        using var drafts = await events.SendAsync(HttpMethod.Get, EventsUnderTest.EventsOf(org) + "?status=draft", token);
        Assert.Equal(draft.Id(), (await EventsUnderTest.ExpectAsync(drafts, HttpStatusCode.OK)).GetProperty("items")[0].Id());
        using var badStatus = await events.SendAsync(HttpMethod.Get, EventsUnderTest.EventsOf(org) + "?status=sold-out", token);
        Assert.Equal(["status"], (await EventsUnderTest.ExpectAsync(badStatus, HttpStatusCode.BadRequest)).ErrorKeys());
    }

    [Fact]
    public async Task Seats_left_follow_the_newest_counter_message_and_unpublish_is_refused_once_seats_are_sold()
    {
        await using var events = await EventsUnderTest.StartAsync();
        var org = Guid.CreateVersion7();
        var published = await events.PublishedAsync(org, EventDrafts.Concert());
        var id = published.Id();
        var occurrence = published.GetProperty("occurrences")[0].Id();
        var standard = published.GetProperty("ticketTypes")[0].Id();
        Assert.Equal(120, (await events.GetJsonAsync($"/api/events/{id}")).GetProperty("seatsLeft").GetInt32());

        await events.PublishAsync(new SeatAvailabilityChanged(id, occurrence, standard, 100, 3, 7, 5, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(async () => (await events.GetJsonAsync($"/api/events/{id}")).GetProperty("seatsLeft").GetInt32() == 110,
            TimeSpan.FromSeconds(15), "seats left drop to 110 after 3 held and 7 sold");
        // An older counter message arriving late changes nothing.
        await events.PublishAsync(new SeatAvailabilityChanged(id, occurrence, standard, 100, 0, 0, 4, DateTimeOffset.UtcNow));
        await events.PublishAsync(new SeatAvailabilityChanged(id, occurrence, standard, 100, 0, 8, 6, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(async () => (await events.GetJsonAsync($"/api/events/{id}")).GetProperty("seatsLeft").GetInt32() == 112,
            TimeSpan.FromSeconds(15), "seats left 112 after version 6 (8 sold), version 4 ignored");
        var seats = (await events.GetJsonAsync($"/api/events/{id}")).GetProperty("occurrences")[0].GetProperty("ticketTypes")[0];
        Assert.Equal(92, seats.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(112, (await events.GetJsonAsync("/api/events")).GetProperty("items")[0].GetProperty("seatsLeft").GetInt32());

        using var unpublish = await events.SendAsync(HttpMethod.Post, $"{EventsUnderTest.EventsOf(org)}/{id}/unpublish", events.OrganizerToken(org), new { });
        var problem = await EventsUnderTest.ExpectAsync(unpublish, HttpStatusCode.Conflict);
        Assert.Contains("8 tickets are sold", problem.Str("detail"));
    }

    [Fact]
    public async Task One_occurrence_is_cancelled_or_moved_on_its_own_and_announced()
    {
        await using var events = await EventsUnderTest.StartAsync();
        var org = Guid.CreateVersion7();
        var token = events.OrganizerToken(org);
        var weekly = EventDrafts.Concert(recurrence: new { rrule = "FREQ=WEEKLY;COUNT=4" });
        var published = await events.PublishedAsync(org, weekly);
        var id = published.Id();
        var occurrences = published.GetProperty("occurrences").EnumerateArray().Select(o => o.Id()).ToArray();
        Assert.Equal(4, occurrences.Length);

        var path = $"{EventsUnderTest.EventsOf(org)}/{id}/occurrences";
        var afterCancel = await events.ActAsync(org, id, $"occurrences/{occurrences[1]}/cancel", new { reason = "Venue closed that week." });
        var cancelledOne = afterCancel.GetProperty("occurrences").EnumerateArray().Single(o => o.Id() == occurrences[1]);
        Assert.Equal("Cancelled", cancelledOne.Str("status"));
        Assert.Equal(0, cancelledOne.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(360, afterCancel.GetProperty("seatsLeft").GetInt32());
        var cancelMessage = Assert.Single(await events.OutboxAsync<OccurrenceCancelled>());
        Assert.Equal(occurrences[1], cancelMessage.GetProperty("occurrenceId").GetGuid());

        using (var twice = await events.SendAsync(HttpMethod.Post, $"{path}/{occurrences[1]}/cancel", token, new { reason = "again" }))
            await EventsUnderTest.ExpectAsync(twice, HttpStatusCode.Conflict);
        using (var unknown = await events.SendAsync(HttpMethod.Post, $"{path}/{Guid.CreateVersion7()}/cancel", token, new { reason = "x" }))
            await EventsUnderTest.ExpectAsync(unknown, HttpStatusCode.NotFound);

        var newStart = EventDrafts.NextYear.AddDays(1).AddHours(1);
        var moved = await events.ActAsync(org, id, $"occurrences/{occurrences[2]}/move",
            new { startsAt = EventDrafts.Local(newStart), endsAt = EventDrafts.Local(newStart.AddHours(2)) });
        var movedOne = moved.GetProperty("occurrences").EnumerateArray().Single(o => o.Id() == occurrences[2]);
        Assert.Equal(newStart, movedOne.GetProperty("startsAt").GetDateTimeOffset().DateTime);
        var rescheduled = Assert.Single(await events.OutboxAsync<OccurrenceRescheduled>());
        Assert.Equal(occurrences[2], rescheduled.GetProperty("occurrenceId").GetGuid());
        Assert.True(rescheduled.GetProperty("version").GetInt64() > cancelMessage.GetProperty("version").GetInt64());

        using var badMove = await events.SendAsync(HttpMethod.Post, $"{path}/{occurrences[3]}/move", token,
            new { startsAt = "2027-01-01T20:00:00+01:00", endsAt = "2027-01-01T19:00:00" });
        var errors = (await EventsUnderTest.ExpectAsync(badMove, HttpStatusCode.BadRequest)).ErrorKeys();
        Assert.Contains("startsAt", errors);
    }

    internal static object[] KeepTicketTypes(JsonElement detail, int extraCapacity = 0) =>
        [.. detail.GetProperty("ticketTypes").EnumerateArray().Select(t => new
        {
            id = t.Id(),
            name = t.Str("name"),
            description = t.Str("description"),
            price = t.GetProperty("price").GetDecimal(),
            currency = t.Str("currency"),
            capacity = t.GetProperty("capacity").GetInt32() + extraCapacity,
        })];
}
