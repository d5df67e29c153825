using System.Net;
using System.Net.Http.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

// The organizer's view of an event's waiting lists, through the gateway.
internal static class OrganizerWaitingListReading
{
    public static Task<HttpResponseMessage> GetWaitingListAsync(this Organizer organizer, Guid organizationId, Guid eventId, string query = "") =>
        organizer.Owner.SendAsync(HttpMethod.Get, $"/api/bookings/organizations/{organizationId}/events/{eventId}/waiting-list{query}", organizer.AccessToken);

    /// <summary>Reads the organizer's own event and expects 200.</summary>
    public static async Task<OrganizerWaitingListView> WaitingListAsync(this Organizer organizer, Guid eventId, string query = "")
    {
        using var response = await organizer.GetWaitingListAsync(organizer.OrganizationId, eventId, query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<OrganizerWaitingListView>())!;
    }
}

internal sealed record OrganizerWaitingListView(
    IReadOnlyList<OrganizerWaitingListEntryView> Items,
    int Page,
    int PageSize,
    int TotalCount,
    IReadOnlyList<WaitingLineSummaryView> Summary);

internal sealed record OrganizerWaitingListEntryView(
    Guid Id,
    int? Position,
    Guid OccurrenceId,
    Guid TicketTypeId,
    string CustomerEmail,
    int Quantity,
    string Status,
    DateTimeOffset JoinedAt,
    DateTimeOffset? OfferExpiresAt,
    Guid? BookingId);

internal sealed record WaitingLineSummaryView(Guid OccurrenceId, Guid TicketTypeId, int Waiting, int Offered, int SeatsWanted);
