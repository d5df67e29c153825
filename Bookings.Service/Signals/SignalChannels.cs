namespace Bookings.Service.Signals;

// Postgres NOTIFY channels every Bookings instance listens on. A notification is delivered when the
// transaction that sent it commits, and never for one that rolled back.
public static class SignalChannels
{
    // "<eventId> <organizationId>": the event's catalog copy changed.
    public const string Catalog = "bookings_catalog";

    // "reopened <occurrenceId> <ticketTypeId>" (sent by a trigger on inventory_counters when seats come
    // back) or "sold_out <occurrenceId> <ticketTypeId>" (sent by the instance that found none left).
    public const string Seats = "bookings_seats";

    public const string Reopened = "reopened";
    public const string SoldOut = "sold_out";

    public static string CatalogPayload(Guid eventId, Guid organizationId) => $"{eventId} {organizationId}";

    public static string SeatsPayload(string change, Guid occurrenceId, Guid ticketTypeId) => $"{change} {occurrenceId} {ticketTypeId}";
}
