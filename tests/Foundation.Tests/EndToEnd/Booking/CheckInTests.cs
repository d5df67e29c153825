using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

[Collection(BookingPlatformCollection.Name)]
public sealed class CheckInTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Staff_admit_a_ticket_once_then_learn_who_and_when_and_other_tickets_are_refused_with_the_reason()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Lighthouse Sessions");
        var (staff, staffToken) = await organizer.HireStaffAsync("Sam Scanner");
        // Two weekly dates: a ticket for the first is not valid on the second.
        var sessions = await organizer.PublishEventAsync(EventPlan.StartingSoon(occurrences: 2));
        var rival = await Organizer.CreateAsync(fixture.Platform, "Rival Promotions");
        var door = new Shopper(staff, staffToken, "Sam Scanner");
        var rivalDoor = new Shopper(rival.Owner, rival.AccessToken, "Rival");

        var jane = await Shopper.SignUpAsync(fixture.Platform, "Jane Front-Row");
        var janes = await jane.BuyAsync(sessions.OccurrenceId, (sessions.Standard, 1), (sessions.Premium, 1));
        var tickets = await jane.TicketsAsync(janes.Id);
        var standard = tickets.Single(t => t.TicketTypeId == sessions.Standard);
        var premium = tickets.Single(t => t.TicketTypeId == sessions.Premium);
        var firstNight = sessions.OccurrenceIds[0];

        // Another organization's staff cannot even tell the ticket exists.
        using (var foreign = await rivalDoor.PostAsync("/api/bookings/check-ins", new { occurrenceId = firstNight, code = standard.Code }))
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        // A plain customer is no door staff either.
        using (var self = await jane.PostAsync("/api/bookings/check-ins", new { occurrenceId = firstNight, code = standard.Code }))
            Assert.Equal(HttpStatusCode.NotFound, self.StatusCode);

        using (var wrongNight = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = sessions.OccurrenceIds[1], code = standard.Code }))
        {
            Assert.True(wrongNight.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(wrongNight));
            Assert.Equal("wrong_occurrence", await ReasonAsync(wrongNight));
        }

        DateTimeOffset admittedAt;
        using (var first = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = firstNight, code = standard.Code }))
        {
            Assert.True(first.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(first));
            var admitted = await first.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(admitted.GetProperty("admitted").GetBoolean());
            Assert.Equal("Jane Front-Row", admitted.GetProperty("holderName").GetString());
            Assert.Equal("Standard", admitted.GetProperty("ticketTypeName").GetString());
            admittedAt = admitted.GetProperty("checkedInAt").GetDateTimeOffset();
        }
        using (var second = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = firstNight, code = standard.Code }))
        {
            Assert.True(second.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(second));
            var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("already_checked_in", problem.GetProperty("reason").GetString());
            Assert.Equal("Jane Front-Row", problem.GetProperty("holderName").GetString());
            Assert.Equal(admittedAt, problem.GetProperty("checkedInAt").GetDateTimeOffset());
        }
        Assert.Equal(admittedAt, (await jane.TicketsAsync(janes.Id)).Single(t => t.Id == standard.Id).CheckedInAt);

        // The QR's token works as well as the typed code; a forged token does not.
        using (var scanned = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = firstNight, token = premium.SignedToken }))
            Assert.True(scanned.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(scanned));
        var parts = premium.SignedToken.Split('.');
        using (var forged = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = firstNight, token = $"{parts[0]}.{standard.SignedToken.Split('.')[1]}.{parts[2]}" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
            Assert.Equal("invalid_signature", await ReasonAsync(forged));
        }

        // A cancelled booking's ticket is void at the door.
        var kim = await Shopper.SignUpAsync(fixture.Platform, "Kim Cancelled");
        var kims = await kim.BuyAsync(firstNight, (sessions.Standard, 1));
        var kimsTicket = Assert.Single(await kim.TicketsAsync(kims.Id));
        using (var cancelled = await kim.PostAsync($"/api/bookings/{kims.Id}/cancel"))
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));
        using (var voided = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = firstNight, code = kimsTicket.Code }))
        {
            Assert.True(voided.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(voided));
            Assert.Equal("voided", await ReasonAsync(voided));
        }

        using (var noOccurrence = await door.PostAsync("/api/bookings/check-ins", new { code = standard.Code }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noOccurrence.StatusCode);
            Assert.True((await noOccurrence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("occurrenceId", out _));
        }

        // Live counts for staff: sold, checked in, remaining per ticket type; hidden from everyone else.
        var counts = (await Eventually.Until(() => organizer.AttendanceAsync(firstNight, staffToken),
            a => a!.Of(sessions.Standard).Sold == 1, "Kim's seat back on sale"))!;
        Assert.Equal((10, 1, 1, 9), (counts.Of(sessions.Standard).Capacity, counts.Of(sessions.Standard).Sold, counts.Of(sessions.Standard).CheckedIn, counts.Of(sessions.Standard).Remaining));
        Assert.Equal((1, 1, 4), (counts.Of(sessions.Premium).Sold, counts.Of(sessions.Premium).CheckedIn, counts.Of(sessions.Premium).Remaining));
        Assert.Null(await rival.AttendanceAsync(firstNight));
        Assert.Null(await organizer.AttendanceAsync(firstNight, jane.AccessToken));
    }

    static async Task<string?> ReasonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString();
}
