using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Events.Service.Inventory;

// The synchronous half of lowering a capacity: Bookings holds the truth about held and sold seats,
// so it applies the new capacity to its counters (or refuses) while the organizer waits.
public sealed class BookingsInventoryClient(HttpClient http, ILogger<BookingsInventoryClient> logger)
{
    public const string HttpClientName = "bookings";

    public async Task<CapacityCheck> SetCapacityAsync(
        Guid eventId, Guid ticketTypeId, Guid? occurrenceId, int capacity, string? bearerToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put,
            $"/api/bookings/inventory/events/{eventId}/ticket-types/{ticketTypeId}/capacity")
        {
            Content = JsonContent.Create(new { occurrenceId, capacity }),
        };
        if (!string.IsNullOrEmpty(bearerToken))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.NoContent or HttpStatusCode.OK or HttpStatusCode.NotFound:
                    return new CapacityCheck.Accepted();
                case HttpStatusCode.Conflict:
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    return new CapacityCheck.Refused(ParseOrEmpty(body));
                default:
                    logger.LogWarning("Bookings answered {Status} to a capacity change of event {EventId}.", (int)response.StatusCode, eventId);
                    return new CapacityCheck.Unavailable($"Bookings answered {(int)response.StatusCode}.");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.ExecutionRejectedException
                                  && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Bookings could not be reached for a capacity change of event {EventId}: {Error}", eventId, e.Message);
            return new CapacityCheck.Unavailable("Bookings could not be reached.");
        }
    }

    static JsonElement ParseOrEmpty(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse("{}").RootElement.Clone();
        }
    }
}
