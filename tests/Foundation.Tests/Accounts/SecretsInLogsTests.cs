using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task Passwords_and_tokens_never_reach_the_logs()
    {
        var log = new CapturedLog();
        await using var auth = await AuthUnderTest.StartAsync(services: services =>
            services.AddSingleton<ILoggerProvider>(log));
        var email = AuthUnderTest.NewEmail();
        const string password = "zebra-lantern-quartz-0042";
        await auth.RegisterAsync(email, password);

        var tokens = await auth.SignInAsync(email, password);
        using var refreshed = await auth.RefreshAsync(tokens.RefreshToken);
        await auth.Client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = password + "-wrong" });
        await auth.Client.PostAsJsonAsync("/api/auth/sign-out", new { refreshToken = tokens.RefreshToken });

        Assert.NotEmpty(log.Lines);
        Assert.DoesNotContain(log.Lines, line => line.Contains(password));
        Assert.DoesNotContain(log.Lines, line => line.Contains(tokens.RefreshToken));
        Assert.DoesNotContain(log.Lines, line => line.Contains(tokens.AccessToken.Split('.')[2]));
    }

    private sealed class CapturedLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        // Debug and up: what a verbose production setting would write.
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception) + " " + exception);

        public void Dispose() { }
    }
}
