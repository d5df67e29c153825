using Platform.Foundation.Tests.EndToEnd.Booking;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

// Many customers arriving one after another, each booking once and paying (or not) as their card says.
internal sealed class Crowd(IReadOnlyList<Buyer> buyers, Calls calls)
{
    int _placed;
    int _confirming;

    public IReadOnlyList<Buyer> Buyers => buyers;

    /// <summary>Every request the buyers sent while they booked and paid.</summary>
    public Calls Calls => calls;

    public int Placed => Volatile.Read(ref _placed);

    public int Confirming => Volatile.Read(ref _confirming);

    /// <summary>Signs up one customer per card (null: never pays), a few at a time; orders differ in size and mix.</summary>
    public static async Task<Crowd> SignUpAsync(CrashPlatform platform, IReadOnlyList<string?> cards)
    {
        using var gate = new SemaphoreSlim(6);
        var calls = new Calls();
        var concert = platform.Concert;
        var buyers = await Task.WhenAll(cards.Select(async (card, i) =>
        {
            await gate.WaitAsync();
            try
            {
                var shopper = await Shopper.SignUpAsync(platform.Platform, $"Buyer {i}");
                (Guid, int)[] lines = i % 3 == 0
                    ? [(concert.Standard, 1 + i % 4), (concert.Premium, 1)]
                    : [(concert.Standard, 1 + i % 4)];
                return new Buyer(shopper, card, lines, calls);
            }
            finally
            {
                gate.Release();
            }
        }));
        return new Crowd(buyers, calls);
    }

    /// <summary>Every buyer books then pays; they arrive <paramref name="spacing"/> apart so the crash finds sagas at every step.</summary>
    public Task RunAsync(Guid occurrenceId, TimeSpan spacing, DateTime deadline) =>
        Task.WhenAll(buyers.Select(async (buyer, i) =>
        {
            await Task.Delay(spacing * i);
            await buyer.PlaceAsync(occurrenceId, deadline);
            Interlocked.Increment(ref _placed);
            await buyer.PayAsync(deadline, () => Interlocked.Increment(ref _confirming));
        }));

    /// <summary>Cards dealt round-robin by the given weights, e.g. ("tok_success", 6), ("tok_decline", 2), (null, 2).</summary>
    public static IReadOnlyList<string?> Deal(int count, params (string? Card, int Weight)[] mix)
    {
        var cycle = mix.SelectMany(m => Enumerable.Repeat(m.Card, m.Weight)).ToList();
        return Enumerable.Range(0, count).Select(i => cycle[i % cycle.Count]).ToList();
    }
}
