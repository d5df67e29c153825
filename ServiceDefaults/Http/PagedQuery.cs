using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Http;

public static class PagedQuery
{
    // The requested page of an ordered query, and how many rows the whole query has.
    public static async Task<(List<T> Items, int Total)> ReadPageAsync<T>(this IQueryable<T> ordered, PageRequest paging, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered
            .Skip((paging.Page - 1) * paging.PageSize)
            .Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
