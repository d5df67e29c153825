using GraphQL.DataLoader;
using Platform.Gateway.GraphQL.Model;

namespace Platform.Gateway.GraphQL.Downstream;

// A DataLoader (GraphQL.DataLoader's batch loader is not served, so this stands in for it): every
// `event` asked for while one level of the query resolves is collected, then fetched from Events in
// one call to /api/events/by-ids when the executor first awaits a result. One per GraphQL request.
public sealed class EventBatchLoader(DownstreamApi api)
{
    const int MaxIdsPerCall = 100;

    readonly Lock _gate = new();
    readonly HashSet<Guid> _waiting = [];
    readonly Dictionary<Guid, Task<Dictionary<Guid, EventSummary>>> _batches = [];

    public IDataLoaderResult<EventSummary?> Load(Guid eventId)
    {
        lock (_gate)
            if (!_batches.ContainsKey(eventId))
                _waiting.Add(eventId);
        return new Pending(this, eventId);
    }

    Task<Dictionary<Guid, EventSummary>> BatchOf(Guid eventId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_batches.TryGetValue(eventId, out var started))
                return started;
            var ids = _waiting.ToList();
            _waiting.Clear();
            foreach (var chunk in ids.Chunk(MaxIdsPerCall))
            {
                var batch = FetchAsync(chunk, cancellationToken);
                foreach (var id in chunk)
                    _batches[id] = batch;
            }
            return _batches[eventId];
        }
    }

    async Task<Dictionary<Guid, EventSummary>> FetchAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var found = await api.GetAsync<List<EventSummary>>(ServiceNames.Events, $"/api/events/by-ids?ids={string.Join(',', ids)}", cancellationToken);
        return found.ToDictionary(e => e.Id);
    }

    sealed class Pending(EventBatchLoader loader, Guid eventId) : IDataLoaderResult<EventSummary?>
    {
        public async Task<EventSummary?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await loader.BatchOf(eventId, cancellationToken)).GetValueOrDefault(eventId);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
