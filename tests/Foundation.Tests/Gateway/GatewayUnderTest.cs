using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Gateway;
using Platform.Gateway.Routing;

namespace Platform.Foundation.Tests.Gateway;

// The real gateway on Kestrel, in-process, in front of one echo service per platform service.
public sealed class GatewayUnderTest : IAsyncDisposable
{
    private readonly GatewayFactory _factory;

    private GatewayUnderTest(IReadOnlyDictionary<string, EchoService> services, GatewayFactory factory)
    {
        Services = services;
        _factory = factory;
    }

    public IReadOnlyDictionary<string, EchoService> Services { get; }

    public static async Task<GatewayUnderTest> StartAsync(IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var services = new Dictionary<string, EchoService>();
        foreach (var name in DownstreamServiceCatalog.Names)
            services[name] = await EchoService.StartAsync(name);

        var settings = services.ToDictionary(
            pair => $"services:{pair.Key}:http:0", string? (pair) => pair.Value.Address.ToString().TrimEnd('/'));
        settings["Platform:PublicBaseUrl"] = "http://localhost/";
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
            settings[key] = value;

        var factory = new GatewayFactory(settings);
        try
        {
            factory.UseKestrel(0);
            factory.StartServer();
            return new GatewayUnderTest(services, factory);
        }
        catch
        {
            await factory.DisposeAsync();
            foreach (var service in services.Values)
                await service.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient() => _factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        foreach (var service in Services.Values)
            await service.DisposeAsync();
    }
}

public sealed class GatewayFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<GatewayOptions>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the configuration before Program reads the service addresses.
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }
}
