namespace Platform.ServiceDefaults.OpenApi;

// Fields and parameters that mean the same in every service, described once; a [Description] on the member wins.
public static class PlatformFieldGlossary
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["organizationId"] = "Id of the organization (the organizer's tenant).",
        ["eventId"] = "Id of the event.",
        ["occurrenceId"] = "Id of one date (occurrence) of the event.",
        ["ticketTypeId"] = "Id of the ticket type.",
        ["bookingId"] = "Id of the booking.",
        ["ticketId"] = "Id of the ticket.",
        ["paymentId"] = "Id of the payment.",
        ["couponId"] = "Id of the coupon.",
        ["invitationId"] = "Id of the invitation.",
        ["entryId"] = "Id of the waiting-list entry.",
        ["userId"] = "Id of the user account.",
        ["page"] = "Page number, starting at 1.",
        ["pageSize"] = "Items per page, 1 to 100 (20 by default).",
        ["totalCount"] = "How many items all pages hold together.",
        ["currency"] = "ISO 4217 currency code, e.g. EUR; amounts carry the currency's minor units (2 for EUR, 0 for JPY).",
        ["Idempotency-Key"] = "A key the client chooses per intended creation: repeating the request with the same key and body returns the first result instead of creating again.",
    };

    public static string? Describe(string name) => Words.GetValueOrDefault(name);
}
