using Xunit;

namespace Platform.Foundation.Tests.Gateway;

// One gateway and its echo services shared by tests that do not stop anything.
public sealed class GatewayFixture : IAsyncLifetime
{
    private GatewayUnderTest? _gateway;

    public GatewayUnderTest Gateway => _gateway ?? throw new InvalidOperationException("Gateway not started.");

    public async Task InitializeAsync() => _gateway = await GatewayUnderTest.StartAsync();

    public async Task DisposeAsync()
    {
        if (_gateway is not null) await _gateway.DisposeAsync();
    }
}
