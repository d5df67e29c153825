namespace Platform.Contracts.Bookings;

// An offer was not claimed in time: its seats went back and on to the next in line.
public sealed record WaitingListOfferLapsed(
    WaitingListParties Entry,
    int Quantity,
    DateTimeOffset OfferExpiredAt,
    DateTimeOffset OccurredAt);
