namespace Platform.Foundation.Tests.Messaging;

// Polls a condition until a deadline instead of sleeping a fixed time.
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not within {within}: {what}");
            await Task.Delay(50);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan within, string what) =>
        HoldsAsync(() => Task.FromResult(condition()), within, what);
}
