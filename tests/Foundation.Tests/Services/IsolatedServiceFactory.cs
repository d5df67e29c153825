using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Testing;

namespace Platform.Foundation.Tests.Services;

// One service in-process against the shared test infrastructure, with its own fresh database and
// RabbitMQ virtual host so tests never see each other's tables or queues. Settings given override.
public sealed class IsolatedServiceFactory<TEntryPoint>(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public static async Task<IsolatedServiceFactory<TEntryPoint>> CreateAsync(
        string databaseName, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var infra = await TestInfrastructure.GetAsync();
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{databaseName}"] = await infra.CreateDatabaseAsync(databaseName),
            ["ConnectionStrings:redis"] = infra.RedisConnectionString,
            ["ConnectionStrings:rabbitmq"] = await infra.CreateVirtualHostAsync(),
            ["ConnectionStrings:smtp"] = infra.SmtpConnectionString,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return new IsolatedServiceFactory<TEntryPoint>(settings);
    }

    // UseSetting rather than app configuration: services read connection strings while building.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
