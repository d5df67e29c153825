using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace Platform.AppHost.Dashboard;

public sealed record QueueDepthSample(DateTimeOffset Time, int Messages);

public sealed record QueueDepth(string VirtualHost, string Name, int Messages, int Ready, int Unacknowledged, IReadOnlyList<QueueDepthSample> History);

/// <summary>Samples every queue's depth from RabbitMQ's management API, keeping a short history per queue for the charts.</summary>
internal sealed class QueueDepthSampler : IAsyncDisposable
{
    private const int HistoryLength = 60;
    private readonly HttpClient _http;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string VirtualHost, string Name), (QueueInfo Latest, Queue<QueueDepthSample> History)> _queues = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    private readonly Func<Uri?> _managementUrl;

    public QueueDepthSampler(Func<Uri?> managementUrl, string user, string password, TimeSpan interval, TimeProvider time)
    {
        _managementUrl = managementUrl;
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        _loop = RunAsync(interval, time, _stopping.Token);
    }

    /// <summary>Why the last sample failed, if it did.</summary>
    public string? LastError { get; private set; }

    public IReadOnlyList<QueueDepth> Current()
    {
        lock (_gate)
            return [.. _queues.OrderBy(q => q.Key.VirtualHost).ThenBy(q => q.Key.Name)
                .Select(q => new QueueDepth(q.Key.VirtualHost, q.Key.Name, q.Value.Latest.Messages, q.Value.Latest.MessagesReady,
                    q.Value.Latest.MessagesUnacknowledged, [.. q.Value.History]))];
    }

    private async Task RunAsync(TimeSpan interval, TimeProvider time, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (_managementUrl() is { } management)
                {
                    var queues = await _http.GetFromJsonAsync<List<QueueInfo>>(
                        new Uri(management, "api/queues?columns=name,vhost,messages,messages_ready,messages_unacknowledged"), ct) ?? [];
                    Record(queues, time.GetUtcNow());
                    LastError = null;
                }
                else
                    LastError = "RabbitMQ has not started yet.";
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                LastError = $"RabbitMQ management API: {e.Message}";
            }
            try
            {
                await Task.Delay(interval, time, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Record(List<QueueInfo> queues, DateTimeOffset now)
    {
        lock (_gate)
        {
            var present = queues.Select(q => (q.VirtualHost, q.Name)).ToHashSet();
            foreach (var gone in _queues.Keys.Where(k => !present.Contains(k)).ToList())
                _queues.Remove(gone);
            foreach (var queue in queues)
            {
                var key = (queue.VirtualHost, queue.Name);
                var history = _queues.TryGetValue(key, out var known) ? known.History : new Queue<QueueDepthSample>();
                history.Enqueue(new QueueDepthSample(now, queue.Messages));
                while (history.Count > HistoryLength)
                    history.Dequeue();
                _queues[key] = (queue, history);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        _http.Dispose();
    }

    private sealed record QueueInfo(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("vhost")] string VirtualHost,
        [property: JsonPropertyName("messages")] int Messages,
        [property: JsonPropertyName("messages_ready")] int MessagesReady,
        [property: JsonPropertyName("messages_unacknowledged")] int MessagesUnacknowledged);
}
