using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Services;

public sealed class MigrationLockTests
{
    [Fact]
    public async Task Two_instances_starting_at_once_on_a_fresh_database_both_become_healthy()
    {
        var infra = await TestInfrastructure.GetAsync();
        var shared = await infra.CreateDatabaseAsync("bookingsdb");
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:bookingsdb"] = shared };
        await using var first = await ServiceFactory<BookingsDbContext>.CreateAsync("bookingsdb", settings);
        await using var second = await ServiceFactory<BookingsDbContext>.CreateAsync("bookingsdb", settings);

        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));
        var reports = await Task.WhenAll(clients.Select(client => client.WaitUntilHealthyAsync()));

        Assert.All(reports, report => Assert.Equal("Healthy", report.Check("database").Status));
        await using var connection = new NpgsqlConnection(shared);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"", connection);
        using var scope = first.Services.CreateScope();
        var migrations = scope.ServiceProvider.GetRequiredService<BookingsDbContext>().Database.GetMigrations().Count();
        Assert.Equal((long)migrations, await count.ExecuteScalarAsync());
    }
}
