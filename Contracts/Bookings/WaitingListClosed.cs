namespace Platform.Contracts.Bookings;

// The organizer cancelled the event or occurrence: the entry left the line (an offer's held seats went back).
// Reason: event_cancelled or occurrence_cancelled.
public sealed record WaitingListClosed(
    WaitingListParties Entry,
    int Quantity,
    string Reason,
    bool HadOffer,
    DateTimeOffset OccurredAt);
