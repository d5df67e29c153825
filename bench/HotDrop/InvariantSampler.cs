using System.Diagnostics;
using Npgsql;

namespace Platform.Bench.HotDrop;

public sealed record SampledInvariant(int Samples, int Violations, int MaxTaken, int Capacity, string? FirstViolation);

// Reads the ticket type's counters every 100 ms while the storm runs: held + sold <= capacity and neither
// below zero, summed over every row of the ticket type (Bookings may spread one counter over several rows).
public sealed class InvariantSampler : IAsyncDisposable
{
    static readonly TimeSpan Every = TimeSpan.FromMilliseconds(100);
    readonly CancellationTokenSource stopping = new();
    readonly Task sampling;
    int samples, violations, maxTaken, capacity;
    string? firstViolation;
    long soldOutSince = -1;

    InvariantSampler(string bookingsDb, Guid occurrenceId, Guid ticketTypeId) =>
        sampling = Task.Run(() => SampleAsync(bookingsDb, occurrenceId, ticketTypeId, stopping.Token));

    public static InvariantSampler Start(string bookingsDb, Guid occurrenceId, Guid ticketTypeId) => new(bookingsDb, occurrenceId, ticketTypeId);

    // True once the counters have shown no seat left for a whole second (a 201 lost on the way still ends the storm).
    public bool SoldOutForASecond => Volatile.Read(ref soldOutSince) is >= 0 and var since && Stopwatch.GetElapsedTime(since) > TimeSpan.FromSeconds(1);

    public async Task<SampledInvariant> StopAsync()
    {
        await stopping.CancelAsync();
        await sampling;
        return new SampledInvariant(samples, violations, maxTaken, capacity, firstViolation);
    }

    async Task SampleAsync(string bookingsDb, Guid occurrenceId, Guid ticketTypeId, CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(bookingsDb);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(InventoryQueries.CountersOfTicketType, connection);
        command.Parameters.AddWithValue("o", occurrenceId);
        command.Parameters.AddWithValue("t", ticketTypeId);
        using var ticker = new PeriodicTimer(Every);
        do
        {
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                await reader.ReadAsync(CancellationToken.None);
                var (cap, held, sold, minHeld, minSold) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
                samples++;
                capacity = cap;
                maxTaken = Math.Max(maxTaken, held + sold);
                if (held + sold > cap || minHeld < 0 || minSold < 0)
                {
                    violations++;
                    firstViolation ??= $"capacity {cap}, held {held}, sold {sold}, lowest row held {minHeld}, sold {minSold}";
                }
                if (held + sold < cap)
                    Volatile.Write(ref soldOutSince, -1);
                else if (Volatile.Read(ref soldOutSince) < 0)
                    Volatile.Write(ref soldOutSince, Stopwatch.GetTimestamp());
            }
        }
        while (await Wait(ticker, stop));
    }

    static async Task<bool> Wait(PeriodicTimer ticker, CancellationToken stop)
    {
        try
        {
            return await ticker.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopping.IsCancellationRequested)
            await StopAsync();
        stopping.Dispose();
    }
}
