namespace Platform.AppHost.Telemetry;

/// <summary>
/// The in-memory window of spans, traces, log records and metric values the dashboard shows. Every
/// collection is bounded: adding beyond a limit evicts the oldest entries first.
/// </summary>
public sealed class TelemetryStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<TelemetrySpan> _spans = new();
    private readonly Dictionary<string, List<LinkedListNode<TelemetrySpan>>> _traces = [];
    private readonly LinkedList<string> _traceOrder = new();
    private readonly Dictionary<string, LinkedListNode<string>> _traceOrderNodes = [];
    private readonly LinkedList<TelemetryLogRecord> _logs = new();
    private readonly Dictionary<(string Service, string Name), TelemetryMetricValue> _metrics = [];
    private readonly LinkedList<(string Service, string Name)> _metricOrder = new();
    private long _logSequence;

    public TelemetryLimits Limits => limits;

    public int SpanCount { get { lock (_gate) return _spans.Count; } }

    public int TraceCount { get { lock (_gate) return _traces.Count; } }

    public int LogCount { get { lock (_gate) return _logs.Count; } }

    public void AddSpans(IEnumerable<TelemetrySpan> spans)
    {
        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (!_traces.TryGetValue(span.TraceId, out var trace))
                {
                    _traces[span.TraceId] = trace = [];
                    _traceOrderNodes[span.TraceId] = _traceOrder.AddLast(span.TraceId);
                }
                trace.Add(_spans.AddLast(span));
                while (_traces.Count > limits.MaxTraces)
                    RemoveTrace(_traceOrder.First!.Value);
                while (_spans.Count > limits.MaxSpans)
                    RemoveOldestSpan();
            }
        }
    }

    public void AddLogs(IEnumerable<TelemetryLogRecord> records)
    {
        lock (_gate)
        {
            foreach (var record in records)
            {
                _logs.AddLast(record with { Sequence = ++_logSequence });
                while (_logs.Count > limits.MaxLogRecords)
                    _logs.RemoveFirst();
            }
        }
    }

    public void AddMetrics(IEnumerable<TelemetryMetricValue> values)
    {
        lock (_gate)
        {
            foreach (var value in values)
            {
                var key = (value.Service, value.Name);
                if (!_metrics.ContainsKey(key))
                    _metricOrder.AddLast(key);
                _metrics[key] = value;
                while (_metrics.Count > limits.MaxMetricValues)
                {
                    _metrics.Remove(_metricOrder.First!.Value);
                    _metricOrder.RemoveFirst();
                }
            }
        }
    }

    public IReadOnlyList<TelemetrySpan> Spans()
    {
        lock (_gate)
            return [.. _spans];
    }

    public IReadOnlyList<TelemetrySpan> Trace(string traceId)
    {
        lock (_gate)
            return _traces.TryGetValue(traceId, out var trace) ? [.. trace.Select(n => n.Value)] : [];
    }

    /// <summary>Every trace, newest first, with its spans.</summary>
    public IReadOnlyList<IReadOnlyList<TelemetrySpan>> Traces()
    {
        lock (_gate)
            return [.. _traceOrder.Reverse().Select(id => (IReadOnlyList<TelemetrySpan>)[.. _traces[id].Select(n => n.Value)])];
    }

    public IReadOnlyList<TelemetryLogRecord> Logs()
    {
        lock (_gate)
            return [.. _logs];
    }

    public IReadOnlyList<TelemetryMetricValue> Metrics()
    {
        lock (_gate)
            return [.. _metrics.Values];
    }

    private void RemoveOldestSpan()
    {
        var node = _spans.First!;
        var trace = _traces[node.Value.TraceId];
        trace.Remove(node);
        _spans.RemoveFirst();
        if (trace.Count == 0)
            ForgetTrace(node.Value.TraceId);
    }

    private void RemoveTrace(string traceId)
    {
        foreach (var node in _traces[traceId])
            _spans.Remove(node);
        ForgetTrace(traceId);
    }

    private void ForgetTrace(string traceId)
    {
        _traces.Remove(traceId);
        _traceOrder.Remove(_traceOrderNodes[traceId]);
        _traceOrderNodes.Remove(traceId);
    }
}
