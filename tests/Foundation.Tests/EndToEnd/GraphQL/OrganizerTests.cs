using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

[Collection(GraphQLPlatformCollection.Name)]
public sealed class OrganizerTests(GraphQLPlatformFixture fixture)
{
    const string Create = """
        mutation Create($org: ID!, $input: EventDraftInput!) {
          createEvent(organizationId: $org, input: $input) { id status ticketTypes { id name } occurrences { id } }
        }
        """;

    static object Draft(string title, string currency = "EUR") => new
    {
        title,
        description = "Chamber music by the river.",
        category = "music",
        venue = new { name = "River Hall", address = "Ufer 3", city = "Dresden", country = "DE", timeZone = EventPlan.TimeZone },
        startsAt = $"{DateTime.UtcNow.Year + 1}-05-20T19:00:00",
        endsAt = $"{DateTime.UtcNow.Year + 1}-05-20T21:00:00",
        ticketTypes = new[] { new { name = "Seat", price = 25.5m, currency, capacity = 40 } },
        recurrence = new { rrule = "FREQ=WEEKLY;COUNT=2" },
    };

    [Fact]
    public async Task An_organizer_creates_publishes_reads_attendance_and_cancels_a_date()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "River Ensemble");
        var staff = new GraphQLCaller(fixture.Platform, organizer.AccessToken);
        var org = organizer.OrganizationId;

        var created = (await staff.DataAsync(Create, new { org, input = Draft("River Chamber Nights") })).GetProperty("createEvent");
        var eventId = created.GetProperty("id").GetGuid();
        var drafts = await staff.DataAsync("query($org: ID!) { organization(id: $org) { events(status: \"Draft\") { totalCount edges { node { id title } } } } }", new { org });
        var published = (await staff.DataAsync("mutation($org: ID!, $id: ID!) { publishEvent(organizationId: $org, eventId: $id) { status } }",
            new { org, id = eventId })).GetProperty("publishEvent");
        var occurrences = created.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
        // NOT_FOUND until Bookings has heard of the published occurrence.
        var attendance = (await Eventually.Until(() => staff.SendAsync("""
            query($org: ID!, $occ: ID!) { organization(id: $org) { attendance(occurrenceId: $occ) { ticketTypes { ticketTypeName capacity remaining } } } }
            """, new { org, occ = occurrences[0] }), answer => answer.Errors.Count == 0, "Bookings to know the occurrence")).Data;
        var cancelled = (await staff.DataAsync("""
            mutation($org: ID!, $id: ID!, $occ: ID!) {
              cancelOccurrence(organizationId: $org, eventId: $id, occurrenceId: $occ, reason: "The river flooded.") { occurrences { id status cancellationReason } }
            }
            """, new { org, id = eventId, occ = occurrences[1] })).GetProperty("cancelOccurrence");
        var seen = (await staff.DataAsync("query($org: ID!, $id: ID!) { organization(id: $org) { event(id: $id) { status title } } }", new { org, id = eventId }))
            .GetProperty("organization").GetProperty("event");

        Assert.Equal(("Draft", 2), (created.GetProperty("status").GetString(), occurrences.Count));
        Assert.Equal(eventId, Assert.Single(drafts.GetProperty("organization").GetProperty("events").GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("id").GetGuid());
        Assert.Equal("Published", published.GetProperty("status").GetString());
        var seat = Assert.Single(attendance.GetProperty("organization").GetProperty("attendance").GetProperty("ticketTypes").EnumerateArray());
        Assert.Equal(("Seat", 40, 40), (seat.GetProperty("ticketTypeName").GetString(), seat.GetProperty("capacity").GetInt32(), seat.GetProperty("remaining").GetInt32()));
        var second = cancelled.GetProperty("occurrences").EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == occurrences[1]);
        Assert.Equal(("Cancelled", "The river flooded."), (second.GetProperty("status").GetString(), second.GetProperty("cancellationReason").GetString()));
        Assert.Equal(("Published", "River Chamber Nights"), (seen.GetProperty("status").GetString(), seen.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_bad_draft_names_its_field_and_another_organization_is_not_found()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Careful Ensemble");
        var outsider = await Organizer.CreateAsync(fixture.Platform, "Outsider Ensemble");

        var invalid = await new GraphQLCaller(fixture.Platform, organizer.AccessToken).RefusedAsync(Create,
            new { org = organizer.OrganizationId, input = Draft("Bad Money", currency: "EURO") });
        var foreign = await new GraphQLCaller(fixture.Platform, outsider.AccessToken).RefusedAsync(Create,
            new { org = organizer.OrganizationId, input = Draft("Not Yours") });

        Assert.Equal("VALIDATION", invalid.Code);
        Assert.Contains("currency", invalid.Extension("field"));
        Assert.Equal("NOT_FOUND", foreign.Code);
    }
}
