using System.Globalization;
using Platform.Gateway.GraphQL.Model;

namespace Platform.Gateway.GraphQL.Queries;

// The REST browse's query string for a GraphQL filter and order; Events validates every value and names the one at fault.
public static class BrowseQueryString
{
    public static string For(EventFilter? filter, EventOrder? order, int page, int pageSize)
    {
        var parts = new List<string>
        {
            $"page={page}",
            $"pageSize={pageSize}",
        };
        void Add(string name, object? value)
        {
            var text = value switch
            {
                null => null,
                DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
                bool flag => flag ? "true" : "false",
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (!string.IsNullOrWhiteSpace(text))
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
        }

        Add("q", filter?.Text);
        Add("from", filter?.From);
        Add("to", filter?.To);
        Add("city", filter?.City);
        Add("country", filter?.Country);
        Add("category", filter?.Category);
        Add("organizationId", filter?.OrganizationId);
        Add("minPrice", filter?.MinPrice);
        Add("maxPrice", filter?.MaxPrice);
        Add("availableOnly", filter?.AvailableOnly);
        Add("sort", order?.Field.ToString().ToLowerInvariant());
        Add("direction", order?.Direction?.ToString().ToLowerInvariant());
        return "/api/events?" + string.Join('&', parts);
    }
}
