using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Bookings.Service.Apis;
using Npgsql;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed class HoldConcurrencyTests(BookingsFixture fixture) : IClassFixture<BookingsFixture>
{
    readonly BookingsUnderTest service = fixture.Service;

    // 400 requests for 1 to 4 seats from 40 parallel clients against 50 seats: exactly 50 are held,
    // every 201 is in the database with its lines, and a sampler never sees the invariant broken.
    [Fact]
    public async Task Parallel_holds_never_oversell_and_every_success_is_stored()
    {
        const int seats = 50, requests = 400, parallelClients = 40;
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(generalCapacity: seats, general: t => t with { MaxPerOrder = 4 }));
        var violations = new ConcurrentQueue<string>();
        using var stopSampler = new CancellationTokenSource();
        var samples = 0;
        var sampler = Task.Run(async () =>
        {
            await using var connection = await service.OpenAsync();
            while (!stopSampler.IsCancellationRequested)
            {
                await using var command = new NpgsqlCommand(
                    "SELECT capacity, held, sold FROM inventory_counters WHERE occurrence_id = @o AND ticket_type_id = @t", connection);
                command.Parameters.AddWithValue("o", sale.OccurrenceId);
                command.Parameters.AddWithValue("t", sale.GeneralId);
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                var (capacity, held, sold) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
                if (held < 0 || sold < 0 || held + sold > capacity)
                    violations.Enqueue($"capacity {capacity}, held {held}, sold {sold}");
                Interlocked.Increment(ref samples);
            }
        });

        var created = new ConcurrentBag<BookingDto>();
        var conflicts = 0;
        var others = new ConcurrentQueue<string>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallelClients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                using var client = service.CustomerClient(Guid.CreateVersion7());
                using var response = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1 + i % 4)), $"hot-{i}");
                if (response.StatusCode == HttpStatusCode.Created)
                    created.Add((await response.Content.ReadFromJsonAsync<BookingDto>())!);
                else if (response.StatusCode == HttpStatusCode.Conflict)
                    Interlocked.Increment(ref conflicts);
                else
                    others.Enqueue($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }));
        await stopSampler.CancelAsync();
        await sampler;

        Assert.Empty(others);
        Assert.Equal(requests, created.Count + conflicts);
        Assert.Equal(seats, created.Sum(b => b.Lines.Sum(l => l.Quantity)));
        Assert.Equal(new CounterRow(seats, seats, 0, 1 + created.Count), await service.CounterAsync(sale.OccurrenceId, sale.GeneralId));
        Assert.Empty(violations);
        Assert.True(samples > 10, $"the sampler read the counter {samples} times");

        await using var connection = await service.OpenAsync();
        await using var stored = new NpgsqlCommand(
            "SELECT b.id, l.quantity FROM bookings b JOIN booking_lines l ON l.booking_id = b.id WHERE b.occurrence_id = @o", connection);
        stored.Parameters.AddWithValue("o", sale.OccurrenceId);
        var rows = new Dictionary<Guid, int>();
        await using (var reader = await stored.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                rows[reader.GetGuid(0)] = reader.GetInt32(1);
        Assert.Equal(created.ToDictionary(b => b.Id, b => b.Lines.Single().Quantity).OrderBy(p => p.Key), rows.OrderBy(p => p.Key));

        // The database itself refuses an oversell, whatever the code does.
        await using var oversell = new NpgsqlCommand(
            "UPDATE inventory_counters SET held = held + 1 WHERE occurrence_id = @o AND ticket_type_id = @t", connection);
        oversell.Parameters.AddWithValue("o", sale.OccurrenceId);
        oversell.Parameters.AddWithValue("t", sale.GeneralId);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => oversell.ExecuteNonQueryAsync());
        Assert.Equal("ck_inventory_counters_capacity", refused.ConstraintName);
    }
}
