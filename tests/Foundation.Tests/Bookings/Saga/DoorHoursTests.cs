using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bookings.Service.Catalog;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

// The door is open from the event's door hours before an occurrence starts until it ends; outside that a
// scan says why and when, and admits nobody. A booking with someone admitted cannot be cancelled by its customer.
public sealed class DoorHoursTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    HttpClient StaffOf(Guid organizationId) =>
        Service.ClientFor(Service.Tokens.AccessToken(Guid.CreateVersion7(), "Door Staff", $"{organizationId}:staff"));

    async Task<(SagaScenario Scenario, BookingSeed Seed, IssuedTicket Ticket)> ConfirmedTicketAsync(TimeSpan startsIn, Guid? customerId = null)
    {
        var scenario = await fixture.ScenarioAsync(startsIn: startsIn);
        var seed = await scenario.ConfirmedAsync(customerId, quantity: 1);
        return (scenario, seed, Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == seed.Id).Single().Tickets[0]);
    }

    async Task<bool> IsCheckedInAsync(Guid ticketId) =>
        await Service.QueryAsync(db => db.Set<Bookings.Service.Tickets.Ticket>().AnyAsync(t => t.Id == ticketId && t.CheckedInAt != null));

    [Fact]
    public async Task A_scan_before_the_door_opens_is_refused_with_not_open_yet_and_the_times()
    {
        var (scenario, seed, ticket) = await ConfirmedTicketAsync(startsIn: TimeSpan.FromHours(7));
        using var staff = StaffOf(scenario.OrganizationId);

        using var response = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("not_open_yet", problem.GetProperty("reason").GetString());
        Assert.Equal((seed.Booking.StartsAt - TimeSpan.FromHours(6)).ToUnixTimeMilliseconds(), problem.GetProperty("opensAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.Equal(seed.Booking.EndsAt.ToUnixTimeMilliseconds(), problem.GetProperty("closesAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.False(await IsCheckedInAsync(ticket.TicketId));
    }

    [Fact]
    public async Task A_scan_after_the_occurrence_ended_is_refused_with_occurrence_ended()
    {
        // Started four hours ago and lasted three.
        var (scenario, seed, ticket) = await ConfirmedTicketAsync(startsIn: TimeSpan.FromHours(-4));
        using var staff = StaffOf(scenario.OrganizationId);

        using var response = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, token = ticket.SignedToken });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("occurrence_ended", problem.GetProperty("reason").GetString());
        Assert.Equal(seed.Booking.EndsAt.ToUnixTimeMilliseconds(), problem.GetProperty("closesAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.False(await IsCheckedInAsync(ticket.TicketId));
    }

    [Fact]
    public async Task The_events_own_door_hours_replace_the_default()
    {
        var (scenario, _, ticket) = await ConfirmedTicketAsync(startsIn: TimeSpan.FromHours(1));
        // The door opens half an hour before this event's start.
        await Service.QueryAsync(async db =>
        {
            db.Set<CatalogEvent>().Add(new CatalogEvent
            {
                Id = scenario.EventId, OrganizationId = scenario.OrganizationId, Status = CatalogEvent.Published, Title = "Harbour Jazz Night",
                VenueName = "Harbour Hall", VenueAddress = "Kaigata 1", City = "Bergen", TimeZone = "Europe/Oslo", CheckInOpensMinutesBefore = 30,
            });
            return await db.SaveChangesAsync();
        });
        using var staff = StaffOf(scenario.OrganizationId);

        using var early = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("not_open_yet", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_booking_with_an_admitted_ticket_cannot_be_cancelled_by_its_customer()
    {
        var customerId = Guid.CreateVersion7();
        var (scenario, seed, ticket) = await ConfirmedTicketAsync(startsIn: TimeSpan.FromHours(1), customerId);
        using var staff = StaffOf(scenario.OrganizationId);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code })).StatusCode);
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Grace Hopper"));

        using var response = await customer.PostAsync($"/api/bookings/{seed.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("checked_in", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal("Confirmed", (await customer.GetFromJsonAsync<JsonElement>($"/api/bookings/{seed.Id}")).GetProperty("status").GetString());
    }
}
