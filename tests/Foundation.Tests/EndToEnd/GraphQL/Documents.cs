namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

// The GraphQL documents the journeys send, as a front end would keep them.
internal static class Documents
{
    public const string PlaceBooking = """
        mutation Place($input: PlaceBookingInput!, $key: String!) {
          placeBooking(input: $input, idempotencyKey: $key) { id status total currency eventId payment { paymentId } }
        }
        """;

    public const string BookingWithPayment = """
        query Booking($id: ID!) {
          booking(id: $id) { id status payment { paymentId details { status instructions { testCardTokens } } } }
        }
        """;

    public const string BookingWithTickets = """
        query Booking($id: ID!) {
          booking(id: $id) { id status event { id title } tickets { id code status holderName } }
        }
        """;

    public const string ConfirmPayment = """
        mutation Pay($paymentId: ID!, $card: String!) { confirmPayment(paymentId: $paymentId, cardToken: $card) { id status amount } }
        """;

    public const string JoinWaitingList = """
        mutation Join($input: JoinWaitingListInput!, $key: String!) {
          joinWaitingList(input: $input, idempotencyKey: $key) { id status position quantity }
        }
        """;

    public const string MyWaitingList = """
        { me { waitingList { totalCount edges { node { id status position offerExpiresAt } } } } }
        """;

    public static object Order(Guid occurrenceId, Guid ticketTypeId, int quantity) =>
        new { occurrenceId, lines = new[] { new { ticketTypeId, quantity } } };
}
