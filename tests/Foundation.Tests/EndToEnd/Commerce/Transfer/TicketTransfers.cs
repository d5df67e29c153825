using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Transfer;

// Transfers and door scans through the gateway, for the transfer journeys.
internal static class TicketTransfers
{
    public static string TransferPath(Guid bookingId, Guid ticketId) => $"/api/bookings/{bookingId}/tickets/{ticketId}/transfer";

    /// <summary>POSTs a transfer; a string body is sent as raw JSON, a null key sends no Idempotency-Key.</summary>
    public static Task<HttpResponseMessage> PostTransferAsync(this Shopper sender, Guid bookingId, Guid ticketId, object? body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TransferPath(bookingId, ticketId))
        {
            Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sender.AccessToken);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return sender.Person.Gateway.SendAsync(request);
    }

    /// <summary>Transfers and expects 201.</summary>
    public static async Task<TransferView> TransferAsync(this Shopper sender, Guid bookingId, Guid ticketId, string recipientEmail, string? recipientName = null)
    {
        using var response = await sender.PostTransferAsync(bookingId, ticketId, new { recipientEmail, recipientName }, Guid.NewGuid().ToString());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<TransferView>())!;
    }

    public static async Task<IReadOnlyList<HandedOnTicketView>> HandedOnTicketsAsync(this Shopper customer, Guid bookingId)
    {
        using var response = await customer.GetAsync($"/api/bookings/{bookingId}/tickets");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<List<HandedOnTicketView>>())!;
    }

    /// <summary>The signed token in the QR code of the one mail a transfer's recipient was sent.</summary>
    public static async Task<string> ReceivedTokenAsync(this Customer recipient)
    {
        var mail = Assert.Single(await recipient.MailAsync());
        var qr = Assert.Single(mail.Attachments.OfType<MimePart>(), a => a.ContentType.MimeType == "image/png");
        return TicketToken.ReadQr(Decoded(qr));
    }

    public static byte[] Decoded(MimePart part)
    {
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return bytes.ToArray();
    }

    public static Task<HttpResponseMessage> ScanAsync(this Shopper door, Guid occurrenceId, string? code = null, string? token = null) =>
        door.PostAsync("/api/bookings/check-ins", new { occurrenceId, code, token });

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, await Customer.DescribeAsync(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string?> ReasonAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        (await ProblemAsync(response, expected)).GetProperty("reason").GetString();

    public static async Task<IReadOnlyCollection<string>> ErrorFieldsAsync(HttpResponseMessage response) =>
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
}
