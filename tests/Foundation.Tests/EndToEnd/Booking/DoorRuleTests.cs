using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

// Door rules through the gateway: a ticket admits only within door hours, and a booking someone was admitted
// on is not the customer's to cancel for a refund, though the organizer calling the event off still refunds it.
[Collection(BookingPlatformCollection.Name)]
public sealed class DoorRuleTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task A_customer_cannot_cancel_a_booking_with_an_admitted_ticket_but_the_organizer_cancelling_the_event_refunds_it()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Dockside Cellar");
        var gig = await organizer.PublishEventAsync(EventPlan.StartingSoon());
        var door = new Shopper(organizer.Owner, organizer.AccessToken, "Olga Organizer");
        var ada = await Shopper.SignUpAsync(fixture.Platform, "Ada Admitted");
        var admittedBooking = await ada.BuyAsync(gig.OccurrenceId, (gig.Standard, 2));
        var bo = await Shopper.SignUpAsync(fixture.Platform, "Bo Stayed Home");
        var unusedBooking = await bo.BuyAsync(gig.OccurrenceId, (gig.Standard, 1));

        var adasTicket = (await ada.TicketsAsync(admittedBooking.Id))[0];
        using (var admitted = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = gig.OccurrenceId, code = adasTicket.Code }))
            Assert.True(admitted.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(admitted));

        using (var cancel = await ada.PostAsync($"/api/bookings/{admittedBooking.Id}/cancel"))
        {
            Assert.True(cancel.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(cancel));
            Assert.Equal("application/problem+json", cancel.Content.Headers.ContentType?.MediaType);
            Assert.Equal("checked_in", (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }
        Assert.Equal("Confirmed", (await ada.BookingAsync(admittedBooking.Id)).Status);

        await organizer.CancelEventAsync(gig.Id, "The cellar flooded.");

        foreach (var (shopper, booking) in new[] { (ada, admittedBooking), (bo, unusedBooking) })
        {
            await shopper.WaitForBookingAsync(booking.Id, "Refunded");
            var payment = (await shopper.WaitForPaymentAsync(booking.Payment.PaymentId, p => p.Status == "Refunded", "the refund"))!;
            Assert.Equal(booking.Total, Assert.Single(payment.Refunds).Amount);
        }
    }

    [Fact]
    public async Task A_scan_before_door_hours_is_refused_with_not_open_yet_and_the_times_and_admits_nobody()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Early Doors Hall");
        // Seven hours ahead: the default door (six hours before) is not open yet.
        var show = await organizer.PublishEventAsync(new EventPlan(CancellationDeadlineHours: 0, StartsAtLocal: EventPlan.LocalIn(TimeSpan.FromHours(7))));
        var door = new Shopper(organizer.Owner, organizer.AccessToken, "Olga Organizer");
        var cy = await Shopper.SignUpAsync(fixture.Platform, "Cy Too Early");
        var booking = await cy.BuyAsync(show.OccurrenceId, (show.Standard, 1));
        var ticket = Assert.Single(await cy.TicketsAsync(booking.Id));
        var occurrence = await OccurrenceAsync(organizer, show);

        using var early = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = show.OccurrenceId, token = ticket.SignedToken });

        Assert.True(early.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(early));
        var problem = await early.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("not_open_yet", problem.GetProperty("reason").GetString());
        Assert.Equal(occurrence.StartsAt - TimeSpan.FromHours(6), problem.GetProperty("opensAt").GetDateTimeOffset());
        Assert.Equal(occurrence.EndsAt, problem.GetProperty("closesAt").GetDateTimeOffset());
        Assert.Null(Assert.Single(await cy.TicketsAsync(booking.Id)).CheckedInAt);
        Assert.Equal(0, (await organizer.AttendanceAsync(show.OccurrenceId))!.Of(show.Standard).CheckedIn);
    }

    [Fact]
    public async Task The_organizer_sets_and_reads_the_events_door_hours_and_the_door_keeps_them()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Late Doors Club");
        var show = await organizer.PublishEventAsync(EventPlan.StartingSoon() with { CheckInOpensMinutesBefore = 30 });
        var door = new Shopper(organizer.Owner, organizer.AccessToken, "Olga Organizer");
        using (var read = await organizer.SendAsync(HttpMethod.Get, show.Id.ToString()))
            Assert.Equal(30, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checkInOpensMinutesBefore").GetInt32());
        var dee = await Shopper.SignUpAsync(fixture.Platform, "Dee Punctual");
        var booking = await dee.BuyAsync(show.OccurrenceId, (show.Standard, 1));
        var ticket = Assert.Single(await dee.TicketsAsync(booking.Id));
        var occurrence = await OccurrenceAsync(organizer, show);

        using var early = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = show.OccurrenceId, code = ticket.Code });

        Assert.True(early.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(early));
        var problem = await early.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("not_open_yet", problem.GetProperty("reason").GetString());
        Assert.Equal(occurrence.StartsAt - TimeSpan.FromMinutes(30), problem.GetProperty("opensAt").GetDateTimeOffset());

        var defaults = await organizer.CreateDraftAsync(EventPlan.StartingSoon());
        using (var read = await organizer.SendAsync(HttpMethod.Get, defaults.ToString()))
            Assert.Equal(360, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checkInOpensMinutesBefore").GetInt32());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7 * 24 * 60 + 1)]
    public async Task Door_hours_out_of_range_are_a_400_naming_the_field(int minutes)
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Bad Doors Ltd");

        using var response = await organizer.SendAsync(HttpMethod.Post, "", new EventPlan(CheckInOpensMinutesBefore: minutes).Body("Doors at odd hours"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await Customer.DescribeAsync(response));
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("checkInOpensMinutesBefore", out _));
    }

    // The door follows the organizer's changes: a show moved later is shut again until its new opening.
    // (A scan after a show ended is refused with occurrence_ended; DoorHoursTests shows that without waiting for an end.)
    [Fact]
    public async Task A_show_moved_later_shuts_the_door_until_its_new_opening_and_admits_nobody()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Moving Night Hall");
        var show = await organizer.PublishEventAsync(EventPlan.StartingSoon());
        var door = new Shopper(organizer.Owner, organizer.AccessToken, "Olga Organizer");
        var eve = await Shopper.SignUpAsync(fixture.Platform, "Eve Early Bird");
        var booking = await eve.BuyAsync(show.OccurrenceId, (show.Standard, 1));
        var ticket = Assert.Single(await eve.TicketsAsync(booking.Id));

        using (var moved = await organizer.SendAsync(HttpMethod.Post, $"{show.Id}/occurrences/{show.OccurrenceId}/move", new
               {
                   startsAt = EventPlan.LocalIn(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss"),
                   endsAt = EventPlan.LocalIn(TimeSpan.FromHours(11)).ToString("yyyy-MM-dd'T'HH:mm:ss"),
               }))
            Assert.True(moved.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(moved));
        var occurrence = await OccurrenceAsync(organizer, show);
        await Eventually.Until(async () =>
        {
            using var response = await eve.GetAsync($"/api/bookings/{booking.Id}");
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("startsAt").GetDateTimeOffset();
        }, startsAt => startsAt == occurrence.StartsAt, "the booking to carry the new start");

        using var shut = await door.PostAsync("/api/bookings/check-ins", new { occurrenceId = show.OccurrenceId, code = ticket.Code });

        Assert.True(shut.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(shut));
        var problem = await shut.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("not_open_yet", problem.GetProperty("reason").GetString());
        Assert.Equal(occurrence.StartsAt - TimeSpan.FromHours(6), problem.GetProperty("opensAt").GetDateTimeOffset());
        Assert.Equal(occurrence.EndsAt, problem.GetProperty("closesAt").GetDateTimeOffset());
        Assert.Null(Assert.Single(await eve.TicketsAsync(booking.Id)).CheckedInAt);
    }

    static async Task<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> OccurrenceAsync(Organizer organizer, PublishedEvent show)
    {
        using var read = await organizer.SendAsync(HttpMethod.Get, show.Id.ToString());
        var occurrence = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occurrences")[0];
        return (occurrence.GetProperty("startsAt").GetDateTimeOffset(), occurrence.GetProperty("endsAt").GetDateTimeOffset());
    }
}
