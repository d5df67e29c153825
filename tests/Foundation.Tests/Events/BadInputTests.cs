using System.Net;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

public sealed class BadInputTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task Every_bad_field_of_an_event_is_named_in_one_400()
    {
        var events = fixture.Events;
        var org = Guid.CreateVersion7();
        var draft = EventDrafts.Concert();
        draft["title"] = "";
        draft["category"] = null;
        draft["venue"] = new { name = "Hall", address = "Street 1", city = "Berlin", country = "Germany", timeZone = "Mars/Olympus" };
        draft["startsAt"] = "2030-05-01T19:00:00+02:00";
        draft["endsAt"] = "2030-05-01T18:00:00";
        draft["coverImageUrl"] = "ftp://images.example.com/x.jpg";
        draft["holdMinutes"] = 61;
        draft["recurrence"] = new { rrule = "FREQ=FORTNIGHTLY", exceptions = Array.Empty<string>() };
        draft["ticketTypes"] = new object[]
        {
            new { name = "A", price = -1m, currency = "EUR", capacity = 10 },
            new { name = "", price = 10.123m, currency = "XYZ", capacity = 0, minPerOrder = 5, maxPerOrder = 2 },
        };

        using var response = await events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), events.OrganizerToken(org), draft);
        var problem = await EventsUnderTest.ExpectAsync(response, HttpStatusCode.BadRequest);
        var keys = problem.ErrorKeys();
        foreach (var field in new[]
        {
            "title", "category", "venue.country", "venue.timeZone", "startsAt", "coverImageUrl", "holdMinutes", "recurrence.rrule",
            "ticketTypes[0].price", "ticketTypes[1].name", "ticketTypes[1].price", "ticketTypes[1].currency", "ticketTypes[1].capacity",
            "ticketTypes[1].maxPerOrder",
        })
            Assert.Contains(field, keys);
    }

    [Fact]
    public async Task Malformed_json_rrules_and_past_events_answer_400_naming_the_field()
    {
        var events = fixture.Events;
        var org = Guid.CreateVersion7();
        var token = events.OrganizerToken(org);

        foreach (var rule in new[] { "RRULE:FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=XX", "COUNT=3", "FREQ=DAILY;INTERVAL=0" })
        {
            using var response = await events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), token, EventDrafts.Concert(recurrence: new { rrule = rule }));
            Assert.Equal(["recurrence.rrule"], (await EventsUnderTest.ExpectAsync(response, HttpStatusCode.BadRequest)).ErrorKeys());
        }

        using (var past = await events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), token, EventDrafts.Concert(startsAt: new DateTime(2020, 1, 1, 19, 0, 0))))
            Assert.Equal(["startsAt"], (await EventsUnderTest.ExpectAsync(past, HttpStatusCode.BadRequest)).ErrorKeys());

        var notADate = EventDrafts.Concert();
        notADate["startsAt"] = "next friday";
        using (var malformed = await events.SendAsync(HttpMethod.Post, EventsUnderTest.EventsOf(org), token, notADate))
        {
            var problem = await EventsUnderTest.ExpectAsync(malformed, HttpStatusCode.BadRequest);
            Assert.Equal("$.startsAt", problem.Str("field"));
        }
    }

    [Theory]
    [InlineData("sort=popularity", "sort")]
    [InlineData("sort=1", "sort")]
    [InlineData("direction=sideways", "direction")]
    [InlineData("from=2027-13-45", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2027-06-01&to=2027-05-01", "to")]
    [InlineData("minPrice=50&maxPrice=10", "maxPrice")]
    [InlineData("minPrice=-3", "minPrice")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("availableOnly=maybe", "availableOnly")]
    [InlineData("organizationId=acme", "organizationId")]
    [InlineData("country=DEU", "country")]
    public async Task Browse_rejects_bad_query_parameters_by_name(string query, string parameter)
    {
        var events = fixture.Events;
        var problem = await events.GetJsonAsync("/api/events?" + query, HttpStatusCode.BadRequest);
        Assert.Equal([parameter], problem.ErrorKeys());
    }
}
