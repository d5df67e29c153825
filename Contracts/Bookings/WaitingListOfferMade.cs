namespace Platform.Contracts.Bookings;

// Seats came back and are held for the first customer in line until OfferExpiresAt; a POST to ClaimUrl
// (the gateway's public address) books them.
public sealed record WaitingListOfferMade(
    WaitingListParties Entry,
    int Quantity,
    DateTimeOffset OfferExpiresAt,
    string ClaimUrl,
    DateTimeOffset OccurredAt);
