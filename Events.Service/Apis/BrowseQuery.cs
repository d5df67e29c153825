using System.Globalization;

namespace Events.Service.Apis;

public enum BrowseSort
{
    Date,
    Title,
    Price,
    Availability,
}

// The public browse's query string, validated. Key is its normalised form, used as the cache key.
public sealed record BrowseQuery(
    string? Text,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? City,
    string? Country,
    string? Category,
    Guid? OrganizationId,
    decimal? MinPrice,
    decimal? MaxPrice,
    bool AvailableOnly,
    BrowseSort Sort,
    bool Descending,
    int Page,
    int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public string Key => string.Join('|', Text, From?.UtcTicks, To?.UtcTicks, City, Country, Category, OrganizationId,
        MinPrice?.ToString(CultureInfo.InvariantCulture), MaxPrice?.ToString(CultureInfo.InvariantCulture), AvailableOnly, Sort, Descending, Page, PageSize);

    public static (BrowseQuery? Query, FieldErrors Errors) Parse(IQueryCollection query)
    {
        var errors = new FieldErrors();
        string? Get(string name) => query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

        DateTimeOffset? Date(string name)
        {
            if (Get(name) is not { } value) return null;
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                return parsed;
            errors.Add(name, $"The {name} parameter must be an ISO 8601 date or date-time, e.g. 2026-12-31 or 2026-12-31T18:00:00Z.");
            return null;
        }

        decimal? Money(string name)
        {
            if (Get(name) is not { } value) return null;
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0)
                return parsed;
            errors.Add(name, $"The {name} parameter must be a non-negative amount, e.g. 25.50.");
            return null;
        }

        int Number(string name, int fallback, int max)
        {
            if (Get(name) is not { } value) return fallback;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1 && parsed <= max)
                return parsed;
            errors.Add(name, $"The {name} parameter must be a whole number from 1 to {max}.");
            return fallback;
        }

        var text = Get("q");
        if (text is { Length: > 200 }) errors.Add("q", "The q parameter must be at most 200 characters.");
        var from = Date("from");
        var to = Date("to");
        if (from is { } f && to is { } t && t < f) errors.Add("to", "The to parameter must not be before from.");
        var minPrice = Money("minPrice");
        var maxPrice = Money("maxPrice");
        if (minPrice is { } min && maxPrice is { } max && max < min) errors.Add("maxPrice", "The maxPrice parameter must not be below minPrice.");

        Guid? organizationId = null;
        if (Get("organizationId") is { } org)
        {
            if (Guid.TryParse(org, out var parsed)) organizationId = parsed;
            else errors.Add("organizationId", "The organizationId parameter must be a GUID.");
        }

        var availableOnly = false;
        if (Get("availableOnly") is { } available && !bool.TryParse(available, out availableOnly))
            errors.Add("availableOnly", "The availableOnly parameter must be true or false.");

        var sort = BrowseSort.Date;
        if (Get("sort") is { } sortText && (!Enum.TryParse(sortText, ignoreCase: true, out sort) || int.TryParse(sortText, out _)))
            errors.Add("sort", "The sort parameter must be one of date, title, price, availability.");

        var descending = false;
        if (Get("direction") is { } direction)
        {
            if (direction.Equals("desc", StringComparison.OrdinalIgnoreCase)) descending = true;
            else if (!direction.Equals("asc", StringComparison.OrdinalIgnoreCase))
                errors.Add("direction", "The direction parameter must be asc or desc.");
        }
        // Availability reads best with the most seats first unless asked otherwise.
        else if (sort == BrowseSort.Availability) descending = true;

        var page = Number("page", 1, 100_000);
        var pageSize = Number("pageSize", DefaultPageSize, MaxPageSize);
        var country = Get("country")?.ToUpperInvariant();
        if (country is { Length: not 2 }) errors.Add("country", "The country parameter must be an ISO 3166 two-letter code.");

        if (errors.Any) return (null, errors);
        return (new BrowseQuery(text, from, to, Get("city")?.ToLowerInvariant(), country, Get("category")?.ToLowerInvariant(),
            organizationId, minPrice, maxPrice, availableOnly, sort, descending, page, pageSize), errors);
    }
}
