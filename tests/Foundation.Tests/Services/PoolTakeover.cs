using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Payments.Service.Infrastructure;
using Platform.Foundation.Tests.PaymentsService;
using Platform.Testing;

namespace Platform.Foundation.Tests.Services;

// Payments with a pool of two connections, and the test taking both by opening connections with the service's own
// connection string, which Npgsql pools together in this process: a hot drop's full pool, on demand.
public static class PoolTakeover
{
    public const int PoolSize = 2;

    public static async Task<PaymentsUnderTest> StartWithSmallPoolAsync(TimeSpan? timeout)
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = new NpgsqlConnectionStringBuilder(await infra.CreateDatabaseAsync("paymentsdb")) { MaxPoolSize = PoolSize };
        if (timeout is { } seconds)
            database.Timeout = (int)seconds.TotalSeconds;
        return await PaymentsUnderTest.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:paymentsdb"] = database.ConnectionString });
    }

    public static async Task<List<NpgsqlConnection>> TakeWholePoolAsync(PaymentsUnderTest payments)
    {
        using var scope = payments.Factory.Services.CreateScope();
        var servicePool = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Database.GetConnectionString();
        var taken = new List<NpgsqlConnection>();
        for (var i = 0; i < PoolSize; i++)
        {
            var connection = new NpgsqlConnection(servicePool);
            await connection.OpenAsync();
            taken.Add(connection);
        }
        return taken;
    }

    public static async Task ReleaseAsync(List<NpgsqlConnection> pool)
    {
        foreach (var connection in pool)
            await connection.DisposeAsync();
    }
}
