using GraphQL.Types.Relay.DataObjects;

namespace Platform.Gateway.GraphQL.Paging;

// Turns first/after into the services' page/pageSize: one call when the position falls on a page boundary
// (a client that keeps its `first` always does), else two neighbouring pages of the same size.
public static class ConnectionReader
{
    public static async Task<Connection<T>> ReadAsync<T>(int first, string? after, Func<int, int, Task<(IReadOnlyList<T> Items, int TotalCount)>> page)
    {
        var offset = Cursor.OffsetAfter(after);
        var number = offset / first + 1;
        var skip = offset % first;
        var (items, total) = await page(number, first);
        var window = items.Skip(skip).ToList();
        if (skip > 0 && items.Count == first)
            window.AddRange((await page(number + 1, first)).Items);

        var edges = window.Take(first).Select((item, index) => new Edge<T> { Node = item, Cursor = Cursor.At(offset + index) }).ToList();
        return new Connection<T>
        {
            TotalCount = total,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasPreviousPage = offset > 0,
                HasNextPage = offset + edges.Count < total,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
