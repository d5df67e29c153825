using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class CheckInTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    // Within the default door hours (from six hours before the start).
    static readonly TimeSpan DoorsOpen = TimeSpan.FromHours(1);

    BookingsUnderTest Service => fixture.Service;

    HttpClient StaffOf(Guid organizationId, string role = "staff") =>
        Service.ClientFor(Service.Tokens.AccessToken(Guid.CreateVersion7(), "Door Staff", $"{organizationId}:{role}"));

    async Task<(SagaScenario Scenario, BookingSeed Seed, IssuedTicket Ticket)> ConfirmedTicketAsync(int quantity = 1)
    {
        var scenario = await fixture.ScenarioAsync(startsIn: DoorsOpen);
        var seed = await scenario.ConfirmedAsync(quantity: quantity);
        var ticket = Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == seed.Id).Single().Tickets[0];
        return (scenario, seed, ticket);
    }

    [Fact]
    public async Task First_scan_admits_and_a_second_scan_says_who_was_admitted_and_when()
    {
        var (scenario, _, ticket) = await ConfirmedTicketAsync();
        using var staff = StaffOf(scenario.OrganizationId);

        using var first = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code });
        using var second = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, token = ticket.SignedToken });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var admitted = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(admitted.GetProperty("admitted").GetBoolean());
        Assert.Equal(ticket.TicketId, admitted.GetProperty("ticket").GetProperty("id").GetGuid());
        Assert.Equal(("Grace Hopper", "Standing"), (admitted.GetProperty("holderName").GetString(), admitted.GetProperty("ticketTypeName").GetString()));
        var checkedInAt = admitted.GetProperty("checkedInAt").GetDateTimeOffset();
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Grace Hopper", problem.GetProperty("holderName").GetString());
        Assert.Equal(checkedInAt.ToUnixTimeMilliseconds(), problem.GetProperty("checkedInAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.Contains("Grace Hopper", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Signed_token_admits_like_the_code_and_the_owner_may_scan_too()
    {
        var (scenario, _, ticket) = await ConfirmedTicketAsync();
        using var owner = StaffOf(scenario.OrganizationId, "owner");

        using var response = await owner.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, token = ticket.SignedToken });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Concurrent_scans_of_one_ticket_admit_it_exactly_once()
    {
        var (scenario, _, ticket) = await ConfirmedTicketAsync();
        var doors = Enumerable.Range(0, 12).Select(_ => StaffOf(scenario.OrganizationId)).ToList();

        var responses = await Task.WhenAll(doors.Select(door =>
            door.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(11, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var door in doors)
            door.Dispose();
    }

    [Fact]
    public async Task Another_organizations_staff_gets_404_without_the_tickets_data()
    {
        var (_, _, ticket) = await ConfirmedTicketAsync();
        var (other, _, _) = await ConfirmedTicketAsync();
        using var otherStaff = StaffOf(other.OrganizationId);
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(Guid.CreateVersion7(), "Grace Hopper"));

        foreach (var client in new[] { otherStaff, customer })
        {
            using var response = await client.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = other.OccurrenceId, code = ticket.Code });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Grace Hopper", body);
            Assert.DoesNotContain(ticket.TicketId.ToString(), body);
        }
        using var unknown = await otherStaff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = other.OccurrenceId, code = "no-such-code" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Voided_ticket_is_refused_with_reason_voided()
    {
        var scenario = await fixture.ScenarioAsync(startsIn: DoorsOpen);
        var customerId = Guid.CreateVersion7();
        var seed = await scenario.ConfirmedAsync(customerId, quantity: 1);
        var ticket = Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == seed.Id).Single().Tickets[0];
        using var customer = Service.ClientFor(Service.Tokens.AccessToken(customerId, "Grace Hopper"));
        Assert.Equal(HttpStatusCode.OK, (await customer.PostAsync($"/api/bookings/{seed.Id}/cancel", null)).StatusCode);
        using var staff = StaffOf(scenario.OrganizationId);

        using var response = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("voided", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Ticket_for_another_occurrence_is_refused_with_reason_wrong_occurrence()
    {
        var (scenario, _, ticket) = await ConfirmedTicketAsync();
        using var staff = StaffOf(scenario.OrganizationId);

        using var response = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = Guid.CreateVersion7(), code = ticket.Code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("wrong_occurrence", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        using var atTheRightDoor = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code });
        Assert.Equal(HttpStatusCode.OK, atTheRightDoor.StatusCode);
    }

    [Fact]
    public async Task Token_with_a_bad_signature_is_refused_with_reason_invalid_signature()
    {
        var (scenario, _, ticket) = await ConfirmedTicketAsync();
        using var staff = StaffOf(scenario.OrganizationId);
        var parts = ticket.SignedToken.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";

        foreach (var token in new[] { tampered, "not-a-token" })
        {
            using var response = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, token });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("invalid_signature", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }
    }

    [Fact]
    public async Task Bad_check_in_input_answers_400_naming_the_field()
    {
        var (scenario, _, ticket) = await ConfirmedTicketAsync();
        using var staff = StaffOf(scenario.OrganizationId);

        using var neither = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { code = "" });
        using var both = await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code, token = ticket.SignedToken });
        using var badJson = await staff.PostAsync("/api/bookings/check-ins", new StringContent("{\"occurrenceId\": 12}", System.Text.Encoding.UTF8, "application/json"));
        using var anonymous = await Service.Client.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code });

        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        var errors = (await neither.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("occurrenceId", out _));
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.True((await both.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Contains("occurrenceId", await badJson.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Attendance_counts_sold_held_checked_in_and_remaining_for_staff_of_the_organization_only()
    {
        var scenario = await fixture.ScenarioAsync(startsIn: DoorsOpen);
        var confirmed = await scenario.ConfirmedAsync(quantity: 3);
        await scenario.BookAsync(quantity: 2);
        var tickets = Service.Published.Of<BookingConfirmed>(c => c.Booking.BookingId == confirmed.Id).Single().Tickets;
        using var staff = StaffOf(scenario.OrganizationId);
        foreach (var ticket in tickets.Take(2))
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync("/api/bookings/check-ins", new { occurrenceId = scenario.OccurrenceId, code = ticket.Code })).StatusCode);

        var attendance = await staff.GetFromJsonAsync<JsonElement>($"/api/bookings/occurrences/{scenario.OccurrenceId}/attendance");

        var type = attendance.GetProperty("ticketTypes").EnumerateArray().Single();
        Assert.Equal(scenario.TicketTypeId, type.GetProperty("ticketTypeId").GetGuid());
        Assert.Equal((SagaScenario.Capacity, 3, 2, 2, SagaScenario.Capacity - 5),
            (type.GetProperty("capacity").GetInt32(), type.GetProperty("sold").GetInt32(), type.GetProperty("held").GetInt32(),
             type.GetProperty("checkedIn").GetInt32(), type.GetProperty("remaining").GetInt32()));
        using var otherStaff = StaffOf(Guid.CreateVersion7());
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/bookings/occurrences/{scenario.OccurrenceId}/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/bookings/occurrences/{Guid.CreateVersion7()}/attendance")).StatusCode);
    }
}
