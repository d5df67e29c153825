namespace Platform.Foundation.Tests.Messaging;

// Polls a condition until a deadline instead of sleeping a fixed time; a timeout says what was awaited and,
// given a describer, what was seen last.
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan within, string what, Func<string>? lastSeen = null)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not within {within}: {what}" + (lastSeen is null ? "" : $"; last seen: {lastSeen()}"));
            await Task.Delay(50);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan within, string what, Func<string>? lastSeen = null) =>
        HoldsAsync(() => Task.FromResult(condition()), within, what, lastSeen);
}
