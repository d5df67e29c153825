using System.Collections.Concurrent;

namespace Platform.Gateway.GraphQL.Downstream;

// How many HTTP calls one GraphQL request made to each service: the measure of batching (and of N+1 mistakes).
public sealed class DownstreamCallCount
{
    readonly ConcurrentDictionary<string, int> _calls = new();

    public void Add(string service) => _calls.AddOrUpdate(service, 1, (_, count) => count + 1);

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> ByService => new SortedDictionary<string, int>(_calls);
}
