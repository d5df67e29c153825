using Platform.Contracts.Bookings;

namespace Platform.Foundation.Tests.NotificationsService;

// Booking messages as Bookings publishes them: a concert in New York, 19:30 local (23:30 UTC) in June.
internal static class BookingMessages
{
    public const string TimeZone = "America/New_York";
    public static readonly DateTimeOffset StartsAt = new(2027, 6, 12, 23, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset EndsAt = new(2027, 6, 13, 2, 0, 0, TimeSpan.Zero);

    public static BookingParties Parties(string email, string timeZone = TimeZone) => new(
        Guid.CreateVersion7(),
        Guid.CreateVersion7(),
        email,
        "Ella Fitzgerald",
        Guid.CreateVersion7(),
        Guid.CreateVersion7(),
        Guid.CreateVersion7(),
        "Harbour Jazz Night",
        StartsAt,
        EndsAt,
        timeZone,
        "Blue Note",
        "131 W 3rd St",
        "New York");

    public static IssuedTicket Ticket(string typeName) => new(
        Guid.CreateVersion7(),
        Guid.CreateVersion7(),
        typeName,
        "TK" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        // Shaped like a compact signed token: header.payload.signature.
        $"eyJhbGciOiJFUzI1NiJ9.{Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=')}.{Guid.NewGuid():N}{Guid.NewGuid():N}");

    public static BookingConfirmed Confirmed(BookingParties booking, params IssuedTicket[] tickets) =>
        new(booking, tickets, 135.50m, "USD", DateTimeOffset.UtcNow);

    public static BookingFailed Failed(BookingParties booking, string reason) =>
        new(booking, reason, "The provider said no.", DateTimeOffset.UtcNow);

    public static BookingExpired Expired(BookingParties booking) =>
        new(booking, new DateTimeOffset(2027, 5, 1, 12, 10, 0, TimeSpan.Zero), DateTimeOffset.UtcNow);

    public static BookingCancelled Cancelled(BookingParties booking, string by, string reason) =>
        new(booking, by, reason, 90m, "EUR", DateTimeOffset.UtcNow);

    public static BookingRefunded Refunded(BookingParties booking, string reason) =>
        new(booking, 1234.5m, "EUR", reason, DateTimeOffset.UtcNow);
}
