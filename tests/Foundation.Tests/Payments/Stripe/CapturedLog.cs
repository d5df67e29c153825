using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

// Every log line the service writes, scopes and exceptions included, at Debug and up.
public sealed class CapturedLog : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull
    {
        Lines.Enqueue($"scope {state}");
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue($"{formatter(state, exception)} {state} {exception}");

    public void Dispose() { }
}
