using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

// An organization's owner working through the gateway: creates the organization in Auth and events in Events.
internal sealed class Organizer(PlatformUnderTest platform, Customer owner, Guid organizationId, string accessToken)
{
    static int _events;

    public Customer Owner => owner;

    public Guid OrganizationId => organizationId;

    public string AccessToken { get; private set; } = accessToken;

    string EventsPath => $"/api/events/organizations/{organizationId}/events";

    public static async Task<Organizer> CreateAsync(PlatformUnderTest platform, string organizationName)
    {
        var owner = Customer.New(platform, "organizer");
        await owner.RegisterAsync("Olga Organizer");
        var token = (await owner.SignInAsync()).AccessToken;
        using var created = await owner.SendAsync(HttpMethod.Post, "/api/organizations", token, new { name = organizationName });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(created));
        var organizationId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // The membership travels in the next token.
        return new Organizer(platform, owner, organizationId, (await owner.SignInAsync()).AccessToken);
    }

    public async Task<Guid> CreateDraftAsync(EventPlan? plan = null, string? title = null)
    {
        title ??= $"Harbour Quartet #{Interlocked.Increment(ref _events)}";
        using var created = await owner.SendAsync(HttpMethod.Post, EventsPath, AccessToken, (plan ?? new EventPlan()).Body(title));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(created));
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Creates and publishes an event, and waits until Bookings sells it.</summary>
    public async Task<PublishedEvent> PublishEventAsync(EventPlan? plan = null)
    {
        var eventId = await CreateDraftAsync(plan);
        using var published = await owner.SendAsync(HttpMethod.Post, $"{EventsPath}/{eventId}/publish", AccessToken);
        Assert.True(published.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(published));
        var detail = await published.Content.ReadFromJsonAsync<JsonElement>();
        var ticketTypes = detail.GetProperty("ticketTypes").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("id").GetGuid());
        var occurrences = detail.GetProperty("occurrences").EnumerateArray()
            .OrderBy(o => o.GetProperty("startsAt").GetDateTimeOffset()).Select(o => o.GetProperty("id").GetGuid()).ToList();
        var ready = new PublishedEvent(eventId, detail.GetProperty("title").GetString()!, occurrences, ticketTypes["Standard"], ticketTypes["Premium"]);
        foreach (var occurrenceId in occurrences)
            await Eventually.Until(() => AttendanceAsync(occurrenceId), a => a?.TicketTypes.Count == 2, $"Bookings to sell occurrence {occurrenceId}");
        return ready;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathUnderEvents, object? body = null) =>
        await owner.SendAsync(method, $"{EventsPath}/{pathUnderEvents}", AccessToken, body);

    public async Task CancelEventAsync(Guid eventId, string reason)
    {
        using var cancelled = await SendAsync(HttpMethod.Post, $"{eventId}/cancel", new { reason });
        Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));
    }

    /// <summary>Live door counts as the owner sees them; null while Bookings does not know the occurrence.</summary>
    public Task<AttendanceView?> AttendanceAsync(Guid occurrenceId) => AttendanceAsync(occurrenceId, AccessToken);

    public async Task<AttendanceView?> AttendanceAsync(Guid occurrenceId, string token)
    {
        using var response = await owner.SendAsync(HttpMethod.Get, $"/api/bookings/occurrences/{occurrenceId}/attendance", token);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return await response.Content.ReadFromJsonAsync<AttendanceView>();
    }

    /// <summary>Invites someone as staff by email; they register, verify, accept, and sign in with the role.</summary>
    public async Task<(Customer Staff, string AccessToken)> HireStaffAsync(string name)
    {
        var staff = Customer.New(platform, "door-staff");
        using (var invited = await owner.SendAsync(HttpMethod.Post, $"/api/organizations/{organizationId}/invitations", AccessToken,
                   new { email = staff.Email, role = "staff" }))
            Assert.True(invited.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(invited));
        var accept = Customer.LinkIn((await staff.MailAsync()).Single(), "accept");
        var invitationToken = System.Web.HttpUtility.ParseQueryString(accept.Query)["token"];

        await staff.RegisterAsync(name);
        var verification = (await staff.MailAsync(2)).Single(m => (m.TextBody ?? "").Contains("verify-email"));
        using (var verified = await staff.Gateway.GetAsync(Customer.LinkIn(verification, "verify-email").PathAndQuery))
            Assert.True(verified.IsSuccessStatusCode, await Customer.DescribeAsync(verified));
        var token = (await staff.SignInAsync()).AccessToken;
        using (var accepted = await staff.SendAsync(HttpMethod.Post, accept.AbsolutePath, token, new { token = invitationToken }))
            Assert.True(accepted.IsSuccessStatusCode, await Customer.DescribeAsync(accepted));
        return (staff, (await staff.SignInAsync()).AccessToken);
    }
}
