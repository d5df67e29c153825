using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Attendance;

// A workshop session as an organizer puts it on sale: local times at the Berlin venue, with the event's
// attendance rules. Every session has the Standard and Premium ticket types the booking helpers expect.
internal sealed record WorkshopSession(
    string Title,
    DateTime StartsAtLocal,
    TimeSpan Length,
    bool NoOverlappingBookings = true,
    bool OneBookingPerOccurrence = false,
    int Occurrences = 1)
{
    // A day next year; each test's sessions live in its own organization, so they can share it.
    public static DateTime Day(int hour, int minute = 0) => new(DateTime.UtcNow.Year + 1, 5, 20, hour, minute, 0, DateTimeKind.Unspecified);

    public object Body() => new
    {
        title = Title,
        description = "Hands-on session with a small group.",
        category = "workshop",
        venue = new { name = "Craft Yard", address = "Werkstraße 3", city = "Berlin", country = "DE", timeZone = EventPlan.TimeZone },
        startsAt = StartsAtLocal.ToString("yyyy-MM-dd'T'HH:mm:ss"),
        endsAt = (StartsAtLocal + Length).ToString("yyyy-MM-dd'T'HH:mm:ss"),
        holdMinutes = 10,
        cancellationDeadlineHours = 24,
        attendance = new { noOverlappingBookings = NoOverlappingBookings, oneBookingPerOccurrence = OneBookingPerOccurrence },
        recurrence = Occurrences > 1 ? new { rrule = $"FREQ=WEEKLY;COUNT={Occurrences}" } : null,
        ticketTypes = new object[]
        {
            new { name = "Standard", description = "A bench", price = 40m, currency = "EUR", capacity = 20, maxPerOrder = 6 },
            new { name = "Premium", description = "A bench and materials", price = 90m, currency = "EUR", capacity = 5 },
        },
    };
}

internal static class Workshops
{
    public static string EventsPath(this Organizer organizer) => $"/api/events/organizations/{organizer.OrganizationId}/events";

    /// <summary>Creates and publishes the session, and waits until Bookings sells every occurrence.</summary>
    public static async Task<PublishedEvent> PublishSessionAsync(this Organizer organizer, WorkshopSession session)
    {
        using var created = await organizer.Owner.SendAsync(HttpMethod.Post, organizer.EventsPath(), organizer.AccessToken, session.Body());
        Assert.True(created.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(created));
        var eventId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var published = await organizer.SendAsync(HttpMethod.Post, $"{eventId}/publish");
        Assert.True(published.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(published));
        var detail = await published.Content.ReadFromJsonAsync<JsonElement>();
        var ticketTypes = detail.GetProperty("ticketTypes").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("id").GetGuid());
        var occurrences = detail.GetProperty("occurrences").EnumerateArray()
            .OrderBy(o => o.GetProperty("startsAt").GetDateTimeOffset()).Select(o => o.GetProperty("id").GetGuid()).ToList();
        foreach (var occurrenceId in occurrences)
            await Eventually.Until(() => organizer.AttendanceAsync(occurrenceId), a => a?.TicketTypes.Count == 2, $"Bookings to sell occurrence {occurrenceId}");
        return new PublishedEvent(eventId, session.Title, occurrences, ticketTypes["Standard"], ticketTypes["Premium"]);
    }

    /// <summary>Posts a booking of one Standard seat; the caller checks the answer.</summary>
    public static Task<HttpResponseMessage> TryBookAsync(this Shopper shopper, PublishedEvent session, Guid? occurrenceId = null, string? idempotencyKey = null) =>
        shopper.PostBookingAsync(Shopper.Order(occurrenceId ?? session.OccurrenceId, (session.Standard, 1)), idempotencyKey ?? Guid.NewGuid().ToString());
}

// The 409 an attendance rule answers with.
internal sealed record AttendanceConflictView(
    int Status,
    string Title,
    string Rule,
    Guid ConflictingBookingId,
    string ConflictingEventTitle,
    DateTimeOffset ConflictingStartsAt,
    DateTimeOffset ConflictingEndsAt)
{
    public static async Task<AttendanceConflictView> ReadAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<AttendanceConflictView>())!;
    }
}
