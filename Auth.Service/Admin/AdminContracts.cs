namespace Auth.Service.Admin;

public sealed record AdminPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record AdminUserResponse(Guid Id, string Email, string? DisplayName, bool EmailConfirmed, bool IsDisabled);

public sealed record AdminOrganizationResponse(Guid Id, string Name, int MemberCount, bool IsDisabled, DateTimeOffset CreatedAt);

public sealed record AdminListQuery(string? Search, int? Page, int? PageSize)
{
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 256;

    public int PageOrFirst => Page ?? 1;
    public int PageSizeOrDefault => PageSize ?? 20;

    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (PageOrFirst < 1) errors["page"] = ["The page must be 1 or more."];
        if (PageSizeOrDefault is < 1 or > MaxPageSize) errors["pageSize"] = [$"The page size must be 1 to {MaxPageSize}."];
        if (Search?.Length > MaxSearchLength) errors["search"] = [$"The search must be at most {MaxSearchLength} characters long."];
        return errors;
    }
}
