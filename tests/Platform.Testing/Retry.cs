namespace Platform.Testing;

internal static class Retry
{
    /// <summary>Runs the action until it stops throwing, or rethrows its last failure at the deadline saying what was awaited.</summary>
    public static async Task UntilSucceedsAsync(Func<Task> action, string what, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            try
            {
                await action();
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                throw new TimeoutException($"Waited {within.TotalSeconds} s for {what}; last failure: {e.Message}", e);
            }
        }
    }
}
