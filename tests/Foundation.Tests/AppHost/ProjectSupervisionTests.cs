using Platform.AppHost;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.AppHost;

[Collection(AppHostProcessesCollection.Name)]
public sealed class ProjectSupervisionTests
{
    [Fact]
    public async Task Crashed_project_is_reported_and_restarted_healthy()
    {
        var infra = await TestInfrastructure.GetAsync();
        var captured = new StringWriter();
        var console = TextWriter.Synchronized(captured);
        var options = PlatformOptions.ForTests() with
        {
            Console = console,
            ExternalConnectionStrings = new Dictionary<string, string>
            {
                ["postgres"] = infra.PostgresConnectionString,
                ["redis"] = infra.RedisConnectionString,
                ["rabbitmq"] = await infra.CreateVirtualHostAsync(),
                ["smtp"] = infra.SmtpConnectionString,
            },
            DatabaseNameSuffix = "_" + Guid.NewGuid().ToString("N")[..8],
            OtlpEndpoint = "http://127.0.0.1:4317",
        };
        await using var app = await PlatformModel.Create(options).StartAsync();
        var events = app.Get<ProjectResource>("events");
        var firstPid = events.Pid;

        await events.KillAsync();
        await WaitUntilAsync(() => events.RestartCount == 1 && events.State == ResourceState.Running, TimeSpan.FromSeconds(90), () => app.LogsOf("events"));

        Assert.NotEqual(firstPid, events.Pid);
        using var http = new HttpClient();
        Assert.True((await http.GetAsync(new Uri(events.Url, "/health"))).IsSuccessStatusCode);
        Assert.Contains("events exited unexpectedly", captured.ToString());
    }

    [Fact]
    public async Task Projects_get_configuration_the_way_aspire_injects_it()
    {
        var infra = await TestInfrastructure.GetAsync();
        var suffix = "_" + Guid.NewGuid().ToString("N")[..8];
        var options = PlatformOptions.ForTests() with
        {
            ExternalConnectionStrings = new Dictionary<string, string>
            {
                ["postgres"] = infra.PostgresConnectionString,
                ["redis"] = infra.RedisConnectionString,
                ["rabbitmq"] = await infra.CreateVirtualHostAsync(),
                ["smtp"] = infra.SmtpConnectionString,
            },
            DatabaseNameSuffix = suffix,
            OtlpEndpoint = "http://127.0.0.1:4317",
        };
        await using var app = await PlatformModel.Create(options).StartAsync();

        var notifications = app.Get<ProjectResource>("notifications").LaunchEnvironment;
        Assert.Contains("Database=notificationsdb" + suffix, notifications["ConnectionStrings__notificationsdb"]);
        Assert.Equal(infra.RedisConnectionString, notifications["ConnectionStrings__redis"]);
        Assert.Equal(options.ExternalConnectionStrings["rabbitmq"], notifications["ConnectionStrings__rabbitmq"]);
        Assert.Equal(infra.SmtpConnectionString, notifications["ConnectionStrings__smtp"]);
        Assert.Equal("notifications", notifications["OTEL_SERVICE_NAME"]);
        Assert.Equal("http://127.0.0.1:4317", notifications["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.False(notifications.ContainsKey("ConnectionStrings__authdb"));

        var gateway = app.Get<ProjectResource>("gateway").LaunchEnvironment;
        foreach (var service in new[] { "auth", "events", "bookings", "payments", "notifications" })
            Assert.Equal(app.Get<ProjectResource>(service).Url.ToString().TrimEnd('/'), gateway[$"services__{service}__http__0"]);
        Assert.Equal(app.Get<ProjectResource>("gateway").Url.ToString().TrimEnd('/'), gateway["ASPNETCORE_URLS"]);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail("Timed out. Logs:\n" + diagnostics());
            await Task.Delay(200);
        }
    }
}
