using Xunit.Sdk;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

// Messages between services take a moment: read again until the answer is the expected one, or fail saying what was last seen.
internal static class Eventually
{
    public static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(20);

    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? DefaultWithin);
        while (true)
        {
            var seen = await read();
            if (done(seen))
                return seen;
            if (DateTime.UtcNow > deadline)
                throw new XunitException($"Waited {(within ?? DefaultWithin).TotalSeconds} s for {what}; last seen: {seen}");
            await Task.Delay(200);
        }
    }
}
