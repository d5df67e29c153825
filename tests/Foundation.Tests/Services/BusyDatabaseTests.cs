using System.Diagnostics;
using System.Net;
using Xunit;
using Xunit.Abstractions;
using static Platform.Foundation.Tests.Services.PoolTakeover;

namespace Platform.Foundation.Tests.Services;

// A database that is up but has no connection free (a hot drop queues more requests than the pool holds) is
// not an outage: a request waits its turn.
public sealed class BusyDatabaseTests(ITestOutputHelper output)
{
    // Longer than a request used to wait in the middle of a drop before answering 503: three tries (EF's two
    // retries) of three seconds each.
    static readonly TimeSpan Storm = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task A_request_that_finds_every_pooled_connection_taken_waits_its_turn_and_is_served()
    {
        await using var payments = await StartWithSmallPoolAsync(timeout: null);
        using var customer = payments.ClientFor(Guid.NewGuid());
        var pool = await TakeWholePoolAsync(payments);

        var clock = Stopwatch.StartNew();
        var answer = customer.GetAsync($"/api/payments/{Guid.NewGuid()}");
        if (await Task.WhenAny(answer, Task.Delay(Storm)) == answer)
            Assert.Fail($"answered {(int)(await answer).StatusCode} after {clock.ElapsedMilliseconds} ms while no connection was free");
        await ReleaseAsync(pool);

        using var response = await answer;
        output.WriteLine($"answered {(int)response.StatusCode} after {clock.ElapsedMilliseconds} ms, the pool taken for {Storm.TotalSeconds} s");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
