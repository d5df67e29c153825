using System.ComponentModel;

namespace Auth.Service.Admin;

public sealed record AdminPage<T>(
    [Description("This page's items.")] IReadOnlyList<T> Items,
    int Page,
    int PageSize,
    [Description("How many items all pages hold together.")] int Total);

public sealed record AdminUserResponse(
    [Description("Id of the account.")] Guid Id,
    [Description("Email address the account signs in with.")] string Email,
    [Description("Display name, if the account has one.")] string? DisplayName,
    [Description("Whether the email address has been verified.")] bool EmailConfirmed,
    [Description("Whether an admin disabled the account (it cannot sign in).")] bool IsDisabled);

public sealed record AdminOrganizationResponse(
    [Description("Id of the organization.")] Guid Id,
    [Description("Name of the organization.")] string Name,
    [Description("How many members it has.")] int MemberCount,
    [Description("Whether an admin disabled the organization.")] bool IsDisabled,
    [Description("When the organization was created.")] DateTimeOffset CreatedAt);

public sealed record AdminListQuery(
    string? Search,
    int? Page,
    int? PageSize)
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
