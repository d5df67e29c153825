using System.Net;
using System.Net.Sockets;
using Events.Service.Infrastructure;
using Payments.Service.Infrastructure;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Services;

public sealed class DependencyFailureTests
{
    [Fact]
    public async Task Health_is_503_naming_redis_when_redis_is_unreachable()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:redis"] = $"127.0.0.1:{ClosedPort()}" };
        await using var factory = await ServiceFactory<EventsDbContext>.CreateAsync("eventsdb", settings);
        var client = factory.CreateClient();

        var (status, report) = await WaitForOthersHealthyAsync(client, "database", "rabbitmq");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", report.Status);
        Assert.Equal("Unhealthy", report.Check("redis").Status);
        using var alive = await client.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Missing_connection_string_fails_start_naming_it()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:paymentsdb"] = "" };
        await using var factory = await ServiceFactory<PaymentsDbContext>.CreateAsync("paymentsdb", settings);

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Flatten(failure).Select(e => e.Message));
        Assert.Contains("ConnectionStrings:paymentsdb is not set", messages);
    }

    private static async Task<(HttpStatusCode, HealthReportBody)> WaitForOthersHealthyAsync(HttpClient client, params string[] checks)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (status, report) = await client.GetHealthAsync();
            if (checks.All(name => report.Checks.Any(c => c.Name == name && c.Status == "Healthy")) || DateTime.UtcNow > deadline)
            {
                return (status, report);
            }
            await Task.Delay(250);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
