namespace Events.Service.Caching;

// Tags scope cached reads: one event's detail, one organization's events, and every listing page.
public static class CatalogCacheTags
{
    public const string Listings = "listings";

    public static string Event(Guid eventId) => $"event:{eventId}";

    public static string Organization(Guid organizationId) => $"org:{organizationId}";

    public static string[] ForChangeOf(Guid eventId, Guid organizationId) =>
        [Event(eventId), Organization(organizationId), Listings];
}
