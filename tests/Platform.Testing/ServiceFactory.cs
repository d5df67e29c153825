using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Authentication;

namespace Platform.Testing;

/// <summary>
/// One service in-process against the shared infrastructure: a fresh (already migrated) database under the service's
/// connection-string name, a fresh RabbitMQ virtual host, the shared Redis and SMTP sink.
/// Unless the settings give services:auth:http:0, http://auth is the service itself, so Auth
/// in-process validates the tokens it issues against its own JWKS.
/// </summary>
public sealed class ServiceFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public const string PublicBaseUrlKey = "Platform:PublicBaseUrl";
    public const string AuthAddressKey = "services:auth:http:0";
    private const string InProcessAuthAddress = "http://localhost";

    private const string JwksUrlKey = "Platform:JwksUrl";

    /// <summary>The issuer a service expects unless the caller's settings give another.</summary>
    public const string DefaultPublicBaseUrl = "http://localhost/";

    private readonly IReadOnlyDictionary<string, string?> _settings;

    private ServiceFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? testServices)
    {
        _settings = settings;
        TestServices = testServices;
    }

    /// <summary>Services the test put in place of the service's own (a fake clock), kept for a restart.</summary>
    public Action<IServiceCollection>? TestServices { get; }

    /// <summary>Configuration given to the service (ConnectionStrings:... and the caller's settings).</summary>
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    /// <summary>The connection string of the service's database: a fresh one unless the settings gave one.</summary>
    public string DatabaseConnectionString { get; private init; } = "";

    /// <param name="migrated">
    /// Give the service a copy of its migrated template database (fast); false gives it an empty one, which it
    /// migrates as it starts, for tests about migrating.
    /// </param>
    /// <param name="testServices">Registrations that replace the service's own, e.g. a FakeTimeProvider.</param>
    public static async Task<ServiceFactory<TEntryPoint>> CreateAsync(
        string databaseName, IDictionary<string, string?>? settings = null, bool migrated = true, Action<IServiceCollection>? testServices = null)
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = settings is not null && settings.TryGetValue($"ConnectionStrings:{databaseName}", out var given) && given is not null
            ? given
            : (migrated && typeof(DbContext).IsAssignableFrom(typeof(TEntryPoint))
                ? await MigratedTemplates.CopyAsync(infra, typeof(TEntryPoint), databaseName)
                : await infra.CreateDatabaseAsync(databaseName));
        var all = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{databaseName}"] = database,
            ["ConnectionStrings:redis"] = infra.RedisConnectionString,
            ["ConnectionStrings:rabbitmq"] = await infra.CreateVirtualHostAsync(),
            ["ConnectionStrings:smtp"] = infra.SmtpConnectionString,
            [PublicBaseUrlKey] = DefaultPublicBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        // Without an Auth (or JWKS) address of its own, the service trusts keys it publishes itself.
        if (!all.ContainsKey(JwksUrlKey))
            all.TryAdd(AuthAddressKey, InProcessAuthAddress);
        return new ServiceFactory<TEntryPoint>(all, testServices) { DatabaseConnectionString = database };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the configuration before Program.cs reads it, unlike ConfigureAppConfiguration.
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (TestServices is not null)
            builder.ConfigureTestServices(TestServices);
        if (_settings.GetValueOrDefault(AuthAddressKey) == InProcessAuthAddress)
            builder.ConfigureTestServices(services => services
                .AddHttpClient(PlatformAuthenticationOptions.JwksHttpClientName)
                .ConfigurePrimaryHttpMessageHandler(provider => ((TestServer)provider.GetRequiredService<IServer>()).CreateHandler()));
    }
}
