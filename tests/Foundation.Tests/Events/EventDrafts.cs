namespace Platform.Foundation.Tests.Catalog;

// Request bodies for events, with sensible defaults a test overrides where it matters.
public static class EventDrafts
{
    public static readonly DateTime NextYear = new(DateTime.UtcNow.Year + 1, 3, 14, 19, 30, 0, DateTimeKind.Unspecified);

    public static Dictionary<string, object?> Concert(
        string title = "Night of Strings",
        string city = "Berlin",
        string country = "DE",
        string category = "music",
        string timeZone = "Europe/Berlin",
        DateTime? startsAt = null,
        decimal price = 25m,
        int capacity = 100,
        string description = "A chamber orchestra plays late romantic works.",
        object? recurrence = null,
        string currency = "EUR")
    {
        var start = startsAt ?? NextYear;
        return new Dictionary<string, object?>
        {
            ["title"] = title,
            ["description"] = description,
            ["category"] = category,
            ["venue"] = new { name = "Konzerthaus", address = "Gendarmenmarkt 1", city, country, timeZone },
            ["startsAt"] = Local(start),
            ["endsAt"] = Local(start.AddHours(2)),
            ["coverImageUrl"] = "https://images.example.com/strings.jpg",
            ["holdMinutes"] = 8,
            ["attendance"] = new { noOverlappingBookings = false, oneBookingPerOccurrence = true },
            ["recurrence"] = recurrence,
            ["ticketTypes"] = new object[]
            {
                new { name = "Standard", description = "Seated", price, currency, capacity, minPerOrder = 1, maxPerOrder = 6 },
                new { name = "Premium", description = "Front rows", price = price + 40m, currency, capacity = 20, maxPerCustomer = 4 },
            },
        };
    }

    public static string Local(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss");
}
