using System.Net;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Events;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

public sealed class CapacityTests
{
    [Fact]
    public async Task Raising_needs_no_check_lowering_asks_bookings_with_the_callers_token_and_passes_its_refusal_on()
    {
        await using var events = await EventsUnderTest.StartAsync();
        var org = Guid.CreateVersion7();
        var token = events.OrganizerToken(org);
        var published = await events.PublishedAsync(org, EventDrafts.Concert(capacity: 100));
        var id = published.Id();
        var standard = published.GetProperty("ticketTypes")[0].Id();
        var occurrence = published.GetProperty("occurrences")[0].Id();
        var path = $"{EventsUnderTest.EventsOf(org)}/{id}/ticket-types/{standard}/capacity";

        using (var raise = await events.SendAsync(HttpMethod.Put, path, token, new { capacity = 150 }))
            await EventsUnderTest.ExpectAsync(raise, HttpStatusCode.OK);
        Assert.Empty(events.Bookings.Requests);
        Assert.Equal(170, (await events.GetJsonAsync($"/api/events/{id}")).GetProperty("seatsLeft").GetInt32());

        using (var lower = await events.SendAsync(HttpMethod.Put, path, token, new { occurrenceId = occurrence, capacity = 90 }))
        {
            var body = await EventsUnderTest.ExpectAsync(lower, HttpStatusCode.OK);
            Assert.Equal(90, body.GetProperty("occurrences")[0].GetProperty("ticketTypes")[0].GetProperty("capacity").GetInt32());
        }
        var asked = Assert.Single(events.Bookings.Requests);
        Assert.Equal($"/api/bookings/inventory/events/{id}/ticket-types/{standard}/capacity", asked.Path);
        Assert.Equal($"Bearer {token}", asked.Authorization);
        Assert.Equal(occurrence, asked.Body.GetProperty("occurrenceId").GetGuid());
        Assert.Equal(90, asked.Body.GetProperty("capacity").GetInt32());
        var changes = await events.OutboxAsync<TicketTypeCapacityChanged>();
        Assert.Equal([150, 90], changes.Select(c => c.GetProperty("capacity").GetInt32()));
        Assert.True(changes[1].GetProperty("version").GetInt64() > changes[0].GetProperty("version").GetInt64());

        events.Bookings.Answer = () => Results.Problem(statusCode: 409, title: "Capacity below seats held and sold.",
            detail: "40 held and 30 sold.", extensions: new Dictionary<string, object?> { ["held"] = 40, ["sold"] = 30, ["occurrenceId"] = occurrence });
        using (var refused = await events.SendAsync(HttpMethod.Put, path, token, new { capacity = 50 }))
        {
            var problem = await EventsUnderTest.ExpectAsync(refused, HttpStatusCode.Conflict);
            Assert.Equal(40, problem.GetProperty("held").GetInt32());
            Assert.Equal(30, problem.GetProperty("sold").GetInt32());
            Assert.Equal(occurrence, problem.GetProperty("occurrenceId").GetGuid());
        }
        Assert.Equal(2, (await events.OutboxAsync<TicketTypeCapacityChanged>()).Count);

        // 404: Bookings has no inventory for the event yet, so nothing is sold and the change applies.
        events.Bookings.Answer = () => Results.NotFound();
        using (var noInventory = await events.SendAsync(HttpMethod.Put, path, token, new { capacity = 60 }))
            Assert.Equal(60, (await EventsUnderTest.ExpectAsync(noInventory, HttpStatusCode.OK)).GetProperty("ticketTypes")[0].GetProperty("capacity").GetInt32());

        using (var bad = await events.SendAsync(HttpMethod.Put, path, token, new { capacity = 0 }))
            Assert.Equal(["capacity"], (await EventsUnderTest.ExpectAsync(bad, HttpStatusCode.BadRequest)).ErrorKeys());
        using (var badOccurrence = await events.SendAsync(HttpMethod.Put, path, token, new { occurrenceId = Guid.CreateVersion7(), capacity = 10 }))
            Assert.Equal(["occurrenceId"], (await EventsUnderTest.ExpectAsync(badOccurrence, HttpStatusCode.BadRequest)).ErrorKeys());
        using (var unknownType = await events.SendAsync(HttpMethod.Put, $"{EventsUnderTest.EventsOf(org)}/{id}/ticket-types/{Guid.CreateVersion7()}/capacity", token, new { capacity = 10 }))
            await EventsUnderTest.ExpectAsync(unknownType, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lowering_answers_503_when_bookings_is_down_and_changes_nothing()
    {
        var refusing = $"http://127.0.0.1:{FreePort()}";
        await using var events = await EventsUnderTest.StartAsync(new Dictionary<string, string?> { ["services:bookings:http:0"] = refusing });
        var org = Guid.CreateVersion7();
        var published = await events.PublishedAsync(org, EventDrafts.Concert(capacity: 100));
        var standard = published.GetProperty("ticketTypes")[0].Id();

        using var lower = await events.SendAsync(HttpMethod.Put, $"{EventsUnderTest.EventsOf(org)}/{published.Id()}/ticket-types/{standard}/capacity",
            events.OrganizerToken(org), new { capacity = 10 });
        var problem = await EventsUnderTest.ExpectAsync(lower, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Bookings is unavailable.", problem.Str("title"));
        Assert.Equal(100, (await events.GetJsonAsync($"/api/events/{published.Id()}")).GetProperty("ticketTypes")[0].GetProperty("capacity").GetInt32());
        Assert.Empty(await events.OutboxAsync<TicketTypeCapacityChanged>());
    }

    [Fact]
    public async Task A_published_event_edit_cannot_remove_ticket_types_or_lower_capacity_but_can_add_and_raise()
    {
        await using var events = await EventsUnderTest.StartAsync();
        var org = Guid.CreateVersion7();
        var token = events.OrganizerToken(org);
        var published = await events.PublishedAsync(org, EventDrafts.Concert());
        var path = $"{EventsUnderTest.EventsOf(org)}/{published.Id()}";

        var lowered = EventDrafts.Concert();
        lowered["ticketTypes"] = OrganizerLifecycleTests.KeepTicketTypes(published, extraCapacity: -1);
        using (var response = await events.SendAsync(HttpMethod.Put, path, token, lowered))
            await EventsUnderTest.ExpectAsync(response, HttpStatusCode.Conflict);

        var removed = EventDrafts.Concert();
        removed["ticketTypes"] = OrganizerLifecycleTests.KeepTicketTypes(published).Take(1).ToArray();
        using (var response = await events.SendAsync(HttpMethod.Put, path, token, removed))
            await EventsUnderTest.ExpectAsync(response, HttpStatusCode.Conflict);

        var added = EventDrafts.Concert();
        added["ticketTypes"] = OrganizerLifecycleTests.KeepTicketTypes(published, extraCapacity: 10)
            .Append(new { name = "Student", price = 9.5m, currency = "EUR", capacity = 30 }).ToArray();
        using (var response = await events.SendAsync(HttpMethod.Put, path, token, added))
        {
            var body = await EventsUnderTest.ExpectAsync(response, HttpStatusCode.OK);
            Assert.Equal(["Standard", "Premium", "Student"], body.GetProperty("ticketTypes").EnumerateArray().Select(t => t.Str("name")));
            Assert.Equal(9.5m, body.GetProperty("minPrice").GetDecimal());
        }
        Assert.Equal(9.5m, (await events.GetJsonAsync("/api/events")).GetProperty("items")[0].GetProperty("minPrice").GetDecimal());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
