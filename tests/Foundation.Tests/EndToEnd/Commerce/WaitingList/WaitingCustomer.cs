using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

// A shopper's waiting-list calls through the gateway.
internal static class WaitingCustomer
{
    public const string Path = "/api/bookings/waiting-list";

    public static Task<HttpResponseMessage> PostJoinAsync(this Shopper shopper, object? body, string? idempotencyKey, bool signedIn = true) =>
        SendAsync(shopper, HttpMethod.Post, Path, body, idempotencyKey, signedIn);

    /// <summary>Joins and expects 201.</summary>
    public static async Task<WaitingListEntryView> JoinAsync(this Shopper shopper, Guid occurrenceId, Guid ticketTypeId, int quantity)
    {
        using var response = await shopper.PostJoinAsync(new { occurrenceId, ticketTypeId, quantity }, Guid.NewGuid().ToString());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<WaitingListEntryView>())!;
    }

    public static async Task<WaitingListEntryView> EntryAsync(this Shopper shopper, Guid entryId)
    {
        using var response = await shopper.GetAsync($"{Path}/{entryId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<WaitingListEntryView>())!;
    }

    public static Task<WaitingListEntryView> WaitForEntryAsync(this Shopper shopper, Guid entryId, string status, TimeSpan? within = null) =>
        Eventually.Until(() => shopper.EntryAsync(entryId), e => e.Status == status, $"waiting-list entry {entryId} to be {status}", within);

    public static Task<HttpResponseMessage> PostClaimAsync(this Shopper shopper, Guid entryId, string? idempotencyKey) =>
        SendAsync(shopper, HttpMethod.Post, $"{Path}/{entryId}/claim", null, idempotencyKey, signedIn: true);

    /// <summary>Claims the offer and expects 201 with the new booking.</summary>
    public static async Task<BookingView> ClaimAsync(this Shopper shopper, Guid entryId)
    {
        using var response = await shopper.PostClaimAsync(entryId, Guid.NewGuid().ToString());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<BookingView>())!;
    }

    public static Task<HttpResponseMessage> LeaveAsync(this Shopper shopper, Guid entryId) =>
        SendAsync(shopper, HttpMethod.Delete, $"{Path}/{entryId}", null, null, signedIn: true);

    static Task<HttpResponseMessage> SendAsync(Shopper shopper, HttpMethod method, string path, object? body, string? idempotencyKey, bool signedIn)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        if (signedIn)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", shopper.AccessToken);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return shopper.Person.Gateway.SendAsync(request);
    }
}
