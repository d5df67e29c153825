using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Payments.Service.Infrastructure;
using Platform.ServiceDefaults.Data;
using Platform.Testing;
using Xunit;
using AuthWiring = Auth.Service.Extensions.ApplicationServiceExtensions;
using BookingsWiring = Bookings.Service.Extensions.ApplicationServiceExtensions;
using EventsWiring = Events.Service.Extensions.ApplicationServiceExtensions;
using NotificationsWiring = Notifications.Service.Extensions.ApplicationServiceExtensions;
using PaymentsWiring = Payments.Service.Extensions.ApplicationServiceExtensions;

namespace Platform.Foundation.Tests.Services;

public sealed class ConnectionBudgetTests
{
    // The AppHost's PostgreSQL (max_connections), and what stays free for operators, migrations and tools.
    const int ServerConnections = 300;
    const int KeptForOperators = 20;

    static readonly ConnectionBudget[] EveryService =
    [
        AuthWiring.DatabaseBudget, BookingsWiring.DatabaseBudget, EventsWiring.DatabaseBudget,
        NotificationsWiring.DatabaseBudget, PaymentsWiring.DatabaseBudget,
    ];

    [Fact]
    public void Two_replicas_of_every_service_fit_the_server_with_room_for_operators()
    {
        var twoOfEverything = 2 * EveryService.Sum(budget => budget.MaxPoolSize);

        Assert.True(twoOfEverything <= ServerConnections - KeptForOperators,
            $"two replicas of every service may hold {twoOfEverything} connections of {ServerConnections}");
    }

    [Fact]
    public void A_connection_string_without_pool_settings_gets_the_budget_and_gives_idle_connections_back()
    {
        var applied = new NpgsqlConnectionStringBuilder(new ConnectionBudget(MaxPoolSize: 12).Apply("Host=db;Database=bookingsdb"));

        Assert.Equal(12, applied.MaxPoolSize);
        Assert.Equal((int)ConnectionBudget.IdleLifetime.TotalSeconds, applied.ConnectionIdleLifetime);
        Assert.Equal((int)ConnectionBudget.ConnectionWait.TotalSeconds, applied.Timeout);
        Assert.Equal(ConnectionBudget.AutoPreparedStatements, applied.MaxAutoPrepare);
        Assert.Equal("bookingsdb", applied.Database);
    }

    [Fact]
    public void Pool_settings_written_in_the_connection_string_win()
    {
        var applied = new NpgsqlConnectionStringBuilder(new ConnectionBudget(MaxPoolSize: 12)
            .Apply("Host=db;Database=bookingsdb;Maximum Pool Size=5;Connection Idle Lifetime=7;Timeout=9;Max Auto Prepare=3"));

        Assert.Equal((5, 7, 9, 3), (applied.MaxPoolSize, applied.ConnectionIdleLifetime, applied.Timeout, applied.MaxAutoPrepare));
    }

    [Fact]
    public async Task A_running_service_opens_its_database_within_its_budget()
    {
        await using var factory = await ServiceFactory<PaymentsDbContext>.CreateAsync("paymentsdb");
        using var scope = factory.Services.CreateScope();

        var used = new NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Database.GetConnectionString());

        Assert.Equal(PaymentsWiring.DatabaseBudget.MaxPoolSize, used.MaxPoolSize);
        Assert.Equal((int)ConnectionBudget.ConnectionWait.TotalSeconds, used.Timeout);
    }
}
