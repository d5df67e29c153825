namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

internal sealed record WaitingListEntryView(
    Guid Id,
    string Status,
    int? Position,
    Guid OccurrenceId,
    Guid TicketTypeId,
    int Quantity,
    DateTimeOffset? OfferExpiresAt,
    Guid? BookingId,
    string? ClaimUrl)
{
    public override string ToString() => $"{Status} at {Position?.ToString() ?? "-"} (offer until {OfferExpiresAt:O})";
}

internal sealed record WaitingListPageView(IReadOnlyList<WaitingListEntryView> Items, int TotalCount);
