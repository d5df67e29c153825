using System.Text.RegularExpressions;
using Events.Service.Domain;

namespace Events.Service.Apis;

// Validation of an event's create/edit body, and copying it onto the entity.
public static partial class EventInput
{
    public const int MaxTicketTypes = 20;
    public const int MaxExceptions = 500;
    public const int DefaultHoldMinutes = 10;
    public const int DefaultCancellationDeadlineHours = 24;

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryCode();

    public static FieldErrors Validate(EventDraftRequest request, int maxOccurrences)
    {
        var errors = new FieldErrors()
            .Text("title", request.Title, 200)
            .Text("description", request.Description, 10_000, required: false)
            .Text("category", request.Category, 50)
            .Range("holdMinutes", request.HoldMinutes, 1, 60)
            .Range("cancellationDeadlineHours", request.CancellationDeadlineHours, 0, 24 * 365)
            .Range("checkInOpensMinutesBefore", request.CheckInOpensMinutesBefore, 0, DoorHours.MaxOpensMinutesBefore);

        if (request.Venue is not { } venue)
            errors.Add("venue", "The venue field is required.");
        else
        {
            errors.Text("venue.name", venue.Name, 200).Text("venue.address", venue.Address, 300).Text("venue.city", venue.City, 100);
            if (venue.Country is null || !CountryCode().IsMatch(venue.Country))
                errors.Add("venue.country", "The venue.country field must be an ISO 3166 two-letter country code, e.g. DE.");
            if (!OccurrenceSchedule.IsKnownTimeZone(venue.TimeZone))
                errors.Add("venue.timeZone", "The venue.timeZone field must be an IANA time zone id, e.g. Europe/Berlin.");
        }

        CheckLocalTimes(errors, "startsAt", request.StartsAt, "endsAt", request.EndsAt);

        if (!string.IsNullOrWhiteSpace(request.CoverImageUrl)
            && (!Uri.TryCreate(request.CoverImageUrl, UriKind.Absolute, out var cover) || cover.Scheme is not ("http" or "https")
                || request.CoverImageUrl.Length > 2_000))
            errors.Add("coverImageUrl", "The coverImageUrl field must be an absolute http or https URL.");

        if (request.Recurrence is { } recurrence)
        {
            if (OccurrenceSchedule.ProblemWithRule(recurrence.Rrule) is { } problem)
                errors.Add("recurrence.rrule", problem);
            else if (!errors.Has("startsAt", "endsAt", "venue", "venue.timeZone")
                     && RecurrenceLimits.ProblemWith(recurrence.Rrule!, request.StartsAt!.Value, request.EndsAt!.Value, request.Venue!.TimeZone!, maxOccurrences) is { } limit)
                errors.Add("recurrence.rrule", limit);
            if (recurrence.Exceptions is { Count: > MaxExceptions })
                errors.Add("recurrence.exceptions", $"At most {MaxExceptions} exception dates.");
        }

        CheckTicketTypes(errors, request.TicketTypes);
        return errors;
    }

    public static void CheckLocalTimes(FieldErrors errors, string startField, DateTime? startsAt, string endField, DateTime? endsAt)
    {
        if (startsAt is null)
            errors.Add(startField, $"The {startField} field is required.");
        else if (startsAt.Value.Kind != DateTimeKind.Unspecified)
            errors.Add(startField, $"The {startField} field is a local date-time in the venue's time zone, without an offset (e.g. 2026-10-08T19:00:00).");
        if (endsAt is null)
            errors.Add(endField, $"The {endField} field is required.");
        else if (endsAt.Value.Kind != DateTimeKind.Unspecified)
            errors.Add(endField, $"The {endField} field is a local date-time in the venue's time zone, without an offset (e.g. 2026-10-08T22:00:00).");
        else if (startsAt is { } s && endsAt <= s)
            errors.Add(endField, $"The {endField} field must be after {startField}.");
        else if (startsAt is { } start && endsAt - start > TimeSpan.FromDays(31))
            errors.Add(endField, "One occurrence lasts at most 31 days.");
    }

    static void CheckTicketTypes(FieldErrors errors, List<TicketTypeRequest>? ticketTypes)
    {
        if (ticketTypes is null || ticketTypes.Count == 0)
        {
            errors.Add("ticketTypes", "At least one ticket type is required.");
            return;
        }
        if (ticketTypes.Count > MaxTicketTypes)
            errors.Add("ticketTypes", $"At most {MaxTicketTypes} ticket types.");
        var firstCurrency = ticketTypes[0].Currency;
        for (var i = 0; i < ticketTypes.Count; i++)
        {
            var t = ticketTypes[i];
            var at = $"ticketTypes[{i}]";
            errors.Text($"{at}.name", t.Name, 100).Text($"{at}.description", t.Description, 1_000, required: false);
            if (t.Price is not { } price || price < 0 || price > 1_000_000 || decimal.Round(price, 2) != price)
                errors.Add($"{at}.price", $"The {at}.price field is required: an amount from 0 to 1000000 with at most 2 decimals.");
            if (!Currencies.IsIso4217(t.Currency))
                errors.Add($"{at}.currency", $"The {at}.currency field must be an ISO 4217 code in capitals, e.g. EUR.");
            else if (t.Currency != firstCurrency)
                errors.Add($"{at}.currency", "Every ticket type of an event uses the same currency.");
            if (t.Capacity is not { } capacity)
                errors.Add($"{at}.capacity", $"The {at}.capacity field is required.");
            else
                errors.Range($"{at}.capacity", capacity, 1, 1_000_000);
            errors.Range($"{at}.minPerOrder", t.MinPerOrder, 1, 100).Range($"{at}.maxPerOrder", t.MaxPerOrder, 1, 100)
                .Range($"{at}.maxPerCustomer", t.MaxPerCustomer, 1, 1_000);
            if ((t.MinPerOrder ?? 1) > (t.MaxPerOrder ?? 10))
                errors.Add($"{at}.maxPerOrder", "The maximum per order must not be below the minimum.");
            if (t is { SalesStartAt: { } from, SalesEndAt: { } until } && until <= from)
                errors.Add($"{at}.salesEndAt", "The sales window must end after it starts.");
        }
        foreach (var duplicate in ticketTypes.Where(t => t.Id is not null).GroupBy(t => t.Id).Where(g => g.Count() > 1))
            errors.Add("ticketTypes", $"Ticket type {duplicate.Key} is listed twice.");
    }

    // Copies everything but ticket types and occurrences.
    public static void ApplyDetails(CatalogEvent e, EventDraftRequest request)
    {
        var venue = request.Venue!;
        e.Title = request.Title!.Trim();
        e.Description = request.Description?.Trim() ?? "";
        e.Category = request.Category!.Trim().ToLowerInvariant();
        e.Venue = new Venue
        {
            Name = venue.Name!.Trim(),
            Address = venue.Address!.Trim(),
            City = venue.City!.Trim(),
            Country = venue.Country!.ToUpperInvariant(),
            TimeZone = venue.TimeZone!,
        };
        e.CityKey = e.Venue.City.ToLowerInvariant();
        e.CoverImageUrl = string.IsNullOrWhiteSpace(request.CoverImageUrl) ? null : request.CoverImageUrl;
        e.HoldMinutes = request.HoldMinutes ?? DefaultHoldMinutes;
        e.CancellationDeadlineHours = request.CancellationDeadlineHours ?? DefaultCancellationDeadlineHours;
        e.CheckInOpensMinutesBefore = request.CheckInOpensMinutesBefore ?? DoorHours.DefaultOpensMinutesBefore;
        e.NoOverlappingBookings = request.Attendance?.NoOverlappingBookings ?? false;
        e.OneBookingPerOccurrence = request.Attendance?.OneBookingPerOccurrence ?? false;
        e.StartsAtLocal = request.StartsAt!.Value;
        e.EndsAtLocal = request.EndsAt!.Value;
        e.RecurrenceRule = request.Recurrence?.Rrule?.Trim();
        e.RecurrenceExceptions = request.Recurrence?.Exceptions?.Distinct().Order().ToList() ?? [];
    }

    public static void ApplyTicketType(TicketType t, TicketTypeRequest request, int position)
    {
        t.Position = position;
        t.Name = request.Name!.Trim();
        t.Description = request.Description?.Trim() ?? "";
        t.Price = request.Price!.Value;
        t.Currency = request.Currency!;
        t.Capacity = request.Capacity!.Value;
        t.SalesStartAt = request.SalesStartAt;
        t.SalesEndAt = request.SalesEndAt;
        t.MinPerOrder = request.MinPerOrder ?? 1;
        t.MaxPerOrder = request.MaxPerOrder ?? 10;
        t.MaxPerCustomer = request.MaxPerCustomer;
    }
}
