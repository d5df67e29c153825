namespace Platform.Contracts.Bookings;

// Seats came back and are held for the first customer in line until OfferExpiresAt; ClaimPath books them.
public sealed record WaitingListOfferMade(
    WaitingListParties Entry,
    int Quantity,
    DateTimeOffset OfferExpiresAt,
    string ClaimPath,
    DateTimeOffset OccurredAt);
