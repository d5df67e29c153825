namespace Platform.Foundation.Tests.EndToEnd.Booking;

// What an organizer puts on sale: Standard (30 EUR, at most 6 per order) and Premium (70 EUR, at most 2 per
// customer) at a Berlin venue. StartsAtLocal null: next year in March.
internal sealed record EventPlan(
    int StandardCapacity = 10,
    int PremiumCapacity = 5,
    int CancellationDeadlineHours = 24,
    DateTime? StartsAtLocal = null,
    int Occurrences = 1,
    DateTimeOffset? StandardSalesStartAt = null,
    int? CheckInOpensMinutesBefore = null,
    string Currency = "EUR",
    string? Rrule = null)
{
    public const decimal StandardPrice = 30m;
    public const decimal PremiumPrice = 70m;
    public const string TimeZone = "Europe/Berlin";

    static readonly DateTime NextYear = new(DateTime.UtcNow.Year + 1, 3, 14, 19, 30, 0, DateTimeKind.Unspecified);

    // The venue's local time a little after now, for an event about to start.
    public static DateTime LocalIn(TimeSpan fromNow)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow + fromNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
        return DateTime.SpecifyKind(new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0), DateTimeKind.Unspecified);
    }

    // Two hours from now, cancellable until it starts: the door (open from six hours before) is open and
    // the show has not begun, so tickets can be scanned, transferred and cancelled.
    public static EventPlan StartingSoon(int standardCapacity = 10, int premiumCapacity = 5, int occurrences = 1) =>
        new(standardCapacity, premiumCapacity, CancellationDeadlineHours: 0, StartsAtLocal: LocalIn(TimeSpan.FromHours(2)), Occurrences: occurrences);

    public object Body(string title)
    {
        var start = StartsAtLocal ?? NextYear;
        return new
        {
            title,
            description = "A string quartet plays by the harbour.",
            category = "music",
            venue = new { name = "Harbour Hall", address = "Kai 7", city = "Hamburg", country = "DE", timeZone = TimeZone },
            startsAt = Local(start),
            endsAt = Local(start.AddHours(2)),
            holdMinutes = 10,
            cancellationDeadlineHours = CancellationDeadlineHours,
            checkInOpensMinutesBefore = CheckInOpensMinutesBefore,
            attendance = new { noOverlappingBookings = false, oneBookingPerOccurrence = false },
            recurrence = Rrule is not null ? new { rrule = Rrule }
                : Occurrences > 1 ? new { rrule = $"FREQ=WEEKLY;COUNT={Occurrences}" } : null,
            ticketTypes = new object[]
            {
                new { name = "Standard", description = "Seated", price = StandardPrice, currency = Currency, capacity = StandardCapacity, minPerOrder = 1, maxPerOrder = 6, salesStartAt = StandardSalesStartAt },
                new { name = "Premium", description = "Front rows", price = PremiumPrice, currency = Currency, capacity = PremiumCapacity, maxPerCustomer = 2 },
            },
        };
    }

    static string Local(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss");
}
