using System.Collections.Concurrent;

namespace Platform.AppHost;

/// <summary>
/// The process groups one run has started. Killing a group reaches processes that rewrite their own
/// environment to show a process title (redis, postgres workers) and so no longer carry the run tag.
/// </summary>
internal sealed class ProcessGroups
{
    private readonly ConcurrentDictionary<int, byte> _ids = new();

    public void Add(int processGroupId) => _ids.TryAdd(processGroupId, 0);

    public void KillAll()
    {
        foreach (var id in _ids.Keys)
        {
            if (!Posix.SignalGroup(id, Posix.SIGKILL))
                _ids.TryRemove(id, out _);
        }
    }
}
