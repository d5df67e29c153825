using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Dashboard.Tests;

/// <summary>
/// The closing check: a booking paid through the gateway is one trace across gateway,
/// Payments, Bookings and Notifications. It needs the booking flow (events, bookings, payments).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class BookingTraceTests(DashboardPlatformFixture platform)
{
    private const string Password = "a long and unusual passphrase 42";

    [Fact]
    public async Task A_paid_booking_is_one_trace_with_spans_from_at_least_four_services()
    {
        using var gateway = new HttpClient { BaseAddress = platform.GatewayUrl };
        var organizer = await SignedInAsync(gateway, "organizer");
        using var organization = await SendAsync(gateway, HttpMethod.Post, "/api/organizations", organizer, new { name = "Harbour Jazz Club" });
        var organizationId = (await JsonAsync(organization)).GetProperty("id").GetGuid();
        organizer = await SignInAsync(gateway, organizer.Email);
        var eventId = await PublishedEventAsync(gateway, organizer, organizationId);
        var customer = await SignedInAsync(gateway, "customer");
        var (occurrenceId, ticketTypeId) = await CatalogEntryAsync(gateway, eventId);

        var booking = await EventuallyAsync(async () =>
        {
            var request = Request(HttpMethod.Post, "/api/bookings", customer, new { occurrenceId, lines = new[] { new { ticketTypeId, quantity = 2 } } });
            request.Headers.Add("Idempotency-Key", "dashboard-" + eventId);
            using var response = await gateway.SendAsync(request);
            return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK ? await JsonAsync(response) : (JsonElement?)null;
        }, "Bookings to know the published event");
        var bookingId = booking.GetProperty("id").GetGuid();
        var paymentId = booking.GetProperty("payment").GetProperty("paymentId").GetGuid();
        await EventuallyAsync(async () =>
        {
            using var response = await SendAsync(gateway, HttpMethod.Post, $"/api/payments/{paymentId}/confirm", customer, new { cardToken = "tok_success" });
            return response.StatusCode == HttpStatusCode.NotFound ? (JsonElement?)null : await JsonAsync(response);
        }, "Payments to receive the payment request");
        await EventuallyAsync(async () =>
        {
            using var response = await SendAsync(gateway, HttpMethod.Get, $"/api/bookings/{bookingId}", customer);
            var body = await JsonAsync(response);
            return body.GetProperty("status").GetString() == "Confirmed" ? body : (JsonElement?)null;
        }, "the booking to be confirmed");

        var page = await platform.SignedInPageAsync();
        await page.GetByTestId("tab-traces").ClickAsync();
        await page.GetByTestId("trace-service").SelectOptionAsync("gateway");
        await page.GetByTestId("trace-text").FillAsync($"/api/payments/{paymentId}/confirm");
        // The list applies the filter on its next refresh; until then it still shows every trace, the newest
        // first (the booking-status polls). Only the confirm's trace reaches both Payments and Notifications.
        await page.GetByTestId("traces-table").Locator("tbody tr", new() { HasText = "gateway" })
            .Filter(new() { HasText = "payments" }).Filter(new() { HasText = "notifications" })
            .First.ClickAsync(new() { Timeout = 60_000 });

        var services = page.GetByTestId("trace-services");
        foreach (var service in new[] { "gateway", "payments", "bookings", "notifications" })
            await Expect(services).ToContainTextAsync(service, new() { Timeout = 60_000 });
        await Expect(services).ToContainTextAsync("rabbitmq");
        var waterfallServices = await page.Locator("#waterfall .span-row").EvaluateAllAsync<string[]>("rows => [...new Set(rows.map(r => r.dataset.service))]");
        Assert.True(waterfallServices.Length >= 4, string.Join(", ", waterfallServices));
        await TraceViewTests.SpanCountSettledAsync(page);
        await page.GetByTestId("trace-view").ScreenshotAsync(new() { Path = DashboardPlatformFixture.ScreenshotPath("booking-trace.png") });
    }

    private static async Task<Guid> PublishedEventAsync(HttpClient gateway, Account organizer, Guid organizationId)
    {
        var startsAt = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(30).AddHours(19), DateTimeKind.Unspecified);
        using var created = await SendAsync(gateway, HttpMethod.Post, $"/api/events/organizations/{organizationId}/events", organizer, new
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
        using var published = await SendAsync(gateway, HttpMethod.Post, $"/api/events/organizations/{organizationId}/events/{eventId}/publish", organizer);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return eventId;
    }

    private static async Task<(Guid OccurrenceId, Guid TicketTypeId)> CatalogEntryAsync(HttpClient gateway, Guid eventId)
    {
        var detail = await EventuallyAsync(async () =>
        {
            using var response = await gateway.GetAsync($"/api/events/{eventId}");
            return response.IsSuccessStatusCode ? await JsonAsync(response) : (JsonElement?)null;
        }, "the published event in the catalog");
        return (detail.GetProperty("occurrences")[0].GetProperty("id").GetGuid(), detail.GetProperty("ticketTypes")[0].GetProperty("id").GetGuid());
    }

    private sealed record Account(string Email, string AccessToken);

    private static async Task<Account> SignedInAsync(HttpClient gateway, string who)
    {
        var email = $"{who}-{Guid.NewGuid():N}@example.com";
        using var registered = await gateway.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName = who });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return await SignInAsync(gateway, email);
    }

    private static async Task<Account> SignInAsync(HttpClient gateway, string email)
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

    private static Task<HttpResponseMessage> SendAsync(HttpClient gateway, HttpMethod method, string path, Account account, object? body = null) =>
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
