namespace Platform.ServiceDefaults.Http;

// Paging of a list endpoint from the query string, read by hand so a bad value is a 400 naming its field.
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static bool TryParse(string? page, string? pageSize, out PageRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var pageNumber = 1;
        var size = DefaultPageSize;
        if (page is not null && (!int.TryParse(page, out pageNumber) || pageNumber < 1))
            errors["page"] = ["page must be a whole number of at least 1."];
        if (pageSize is not null && (!int.TryParse(pageSize, out size) || size is < 1 or > MaxPageSize))
            errors["pageSize"] = [$"pageSize must be a whole number from 1 to {MaxPageSize}."];
        request = new PageRequest(pageNumber, size);
        return errors.Count == 0;
    }
}
