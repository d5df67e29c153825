using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Dashboard.Tests;

/// <summary>
/// A customer books two tickets of a freshly published event and pays them through the gateway,
/// as the web shop does: the calls whose telemetry the dashboard tests look at.
/// </summary>
internal sealed class BookingFlow(HttpClient gateway)
{
    private const string Password = "a long and unusual passphrase 42";

    public sealed record PaidBooking(Guid BookingId, Guid PaymentId)
    {
        public string ConfirmPath => $"/api/payments/{PaymentId}/confirm";
    }

    private sealed record Account(string Email, string AccessToken);

    /// <summary>Returns once the booking is Confirmed, so every span of the confirm has been produced.</summary>
    public async Task<PaidBooking> BookAndPayAsync()
    {
        var organizer = await SignedInAsync("organizer");
        using var organization = await SendAsync(HttpMethod.Post, "/api/organizations", organizer, new { name = "Harbour Jazz Club" });
        var organizationId = (await JsonAsync(organization)).GetProperty("id").GetGuid();
        organizer = await SignInAsync(organizer.Email);
        var eventId = await PublishedEventAsync(organizer, organizationId);
        var customer = await SignedInAsync("customer");
        var (occurrenceId, ticketTypeId) = await CatalogEntryAsync(eventId);

        var booking = await EventuallyAsync(async () =>
        {
            var request = Request(HttpMethod.Post, "/api/bookings", customer, new { occurrenceId, lines = new[] { new { ticketTypeId, quantity = 2 } } });
            request.Headers.Add("Idempotency-Key", "dashboard-" + eventId);
            using var response = await gateway.SendAsync(request);
            return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK ? await JsonAsync(response) : (JsonElement?)null;
        }, "Bookings to know the published event");
        var paid = new PaidBooking(booking.GetProperty("id").GetGuid(), booking.GetProperty("payment").GetProperty("paymentId").GetGuid());
        await EventuallyAsync(async () =>
        {
            using var response = await SendAsync(HttpMethod.Post, paid.ConfirmPath, customer, new { cardToken = "tok_success" });
            return response.StatusCode == HttpStatusCode.NotFound ? (JsonElement?)null : await JsonAsync(response);
        }, "Payments to receive the payment request");
        await EventuallyAsync(async () =>
        {
            using var response = await SendAsync(HttpMethod.Get, $"/api/bookings/{paid.BookingId}", customer);
            var body = await JsonAsync(response);
            return body.GetProperty("status").GetString() == "Confirmed" ? body : (JsonElement?)null;
        }, "the booking to be confirmed");
        return paid;
    }

    private async Task<Guid> PublishedEventAsync(Account organizer, Guid organizationId)
    {
        var startsAt = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(30).AddHours(19), DateTimeKind.Unspecified);
        using var created = await SendAsync(HttpMethod.Post, $"/api/events/organizations/{organizationId}/events", organizer, new
        {
            title = "Late night jazz",
            description = "Quartet at the harbour",
            category = "music",
            venue = new { name = "Harbour Hall", address = "1 Quay", city = "Hamburg", country = "DE", timeZone = "Europe/Berlin" },
            startsAt,
            endsAt = startsAt.AddHours(2),
            ticketTypes = new[] { new { name = "Standing", price = 25.00m, currency = "EUR", capacity = 100 } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var eventId = (await JsonAsync(created)).GetProperty("id").GetGuid();
        using var published = await SendAsync(HttpMethod.Post, $"/api/events/organizations/{organizationId}/events/{eventId}/publish", organizer);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return eventId;
    }

    private async Task<(Guid OccurrenceId, Guid TicketTypeId)> CatalogEntryAsync(Guid eventId)
    {
        var detail = await EventuallyAsync(async () =>
        {
            using var response = await gateway.GetAsync($"/api/events/{eventId}");
            return response.IsSuccessStatusCode ? await JsonAsync(response) : (JsonElement?)null;
        }, "the published event in the catalog");
        return (detail.GetProperty("occurrences")[0].GetProperty("id").GetGuid(), detail.GetProperty("ticketTypes")[0].GetProperty("id").GetGuid());
    }

    private async Task<Account> SignedInAsync(string who)
    {
        var email = $"{who}-{Guid.NewGuid():N}@example.com";
        using var registered = await gateway.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName = who });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return await SignInAsync(email);
    }

    private async Task<Account> SignInAsync(string email)
    {
        using var response = await gateway.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Account(email, (await JsonAsync(response)).GetProperty("accessToken").GetString()!);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, Account account, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.AccessToken);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return request;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Account account, object? body = null) =>
        gateway.SendAsync(Request(method, path, account, body));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement?>> attempt, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await attempt() is { } result)
                return result;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited 60 s for {what}.");
            await Task.Delay(500);
        }
    }
}
