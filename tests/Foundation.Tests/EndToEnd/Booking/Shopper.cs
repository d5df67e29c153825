using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MimeKit;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

// A signed-in customer buying tickets through the gateway.
internal sealed class Shopper(Customer person, string accessToken, string displayName)
{
    public Customer Person => person;

    public string AccessToken => accessToken;

    public string DisplayName => displayName;

    public static async Task<Shopper> SignUpAsync(PlatformUnderTest platform, string displayName)
    {
        var person = Customer.New(platform, "shopper");
        await person.RegisterAsync(displayName);
        return new Shopper(person, (await person.SignInAsync()).AccessToken, displayName);
    }

    public static object Order(Guid occurrenceId, params (Guid TicketTypeId, int Quantity)[] lines) =>
        new { occurrenceId, lines = lines.Select(l => new { ticketTypeId = l.TicketTypeId, quantity = l.Quantity }).ToArray() };

    public Task<HttpResponseMessage> PostBookingAsync(object? body, string? idempotencyKey = null, bool signedIn = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
        {
            Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : (HttpContent)JsonContent.Create(body),
        };
        if (signedIn)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return person.Gateway.SendAsync(request);
    }

    /// <summary>Places a booking and expects 201.</summary>
    public async Task<BookingView> BookAsync(Guid occurrenceId, params (Guid TicketTypeId, int Quantity)[] lines)
    {
        using var response = await PostBookingAsync(Order(occurrenceId, lines), Guid.NewGuid().ToString());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<BookingView>())!;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => person.SendAsync(HttpMethod.Get, path, accessToken);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => person.SendAsync(HttpMethod.Post, path, accessToken, body);

    public async Task<BookingView> BookingAsync(Guid bookingId)
    {
        using var response = await GetAsync($"/api/bookings/{bookingId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<BookingView>())!;
    }

    public Task<BookingView> WaitForBookingAsync(Guid bookingId, string status, TimeSpan? within = null) =>
        Eventually.Until(() => BookingAsync(bookingId), b => b.Status == status, $"booking {bookingId} to be {status}", within);

    /// <summary>The payment once Payments has it (404 until the saga's request arrives), read until <paramref name="done"/>.</summary>
    public Task<PaymentView?> WaitForPaymentAsync(Guid paymentId, Func<PaymentView, bool>? done = null, string what = "the payment") =>
        Eventually.Until(async () =>
        {
            using var response = await GetAsync($"/api/payments/{paymentId}");
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
            return await response.Content.ReadFromJsonAsync<PaymentView>();
        }, p => p is not null && (done?.Invoke(p) ?? true), what);

    /// <summary>Pays as the booking's instructions say.</summary>
    public async Task<HttpResponseMessage> PayAsync(BookingView booking, string cardToken)
    {
        var payment = await WaitForPaymentAsync(booking.Payment.PaymentId);
        return await PostAsync(payment!.Instructions!.ConfirmUrl, new { cardToken });
    }

    /// <summary>Books, pays with a good card and waits for the confirmation.</summary>
    public async Task<BookingView> BuyAsync(Guid occurrenceId, params (Guid TicketTypeId, int Quantity)[] lines)
    {
        var booking = await BookAsync(occurrenceId, lines);
        using (var paid = await PayAsync(booking, "tok_success"))
            Assert.True(paid.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(paid));
        return await WaitForBookingAsync(booking.Id, "Confirmed");
    }

    public async Task<IReadOnlyList<TicketView>> TicketsAsync(Guid bookingId)
    {
        using var response = await GetAsync($"/api/bookings/{bookingId}/tickets");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<List<TicketView>>())!;
    }

    /// <summary>Waits for the booking email whose subject contains <paramref name="subject"/>.</summary>
    public async Task<MimeMessage> MailAsync(string subject)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var all = await person.MailAsync(1);
            var matching = all.Where(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal)).ToList();
            if (matching.Count > 0)
            {
                Assert.True(matching.Count == 1, $"{matching.Count} emails '{subject}' to {person.Email}");
                return matching[0];
            }
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"no email '{subject}' to {person.Email}; got: {string.Join(" | ", all.Select(m => m.Subject))}");
            await Task.Delay(250);
        }
    }
}
