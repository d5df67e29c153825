using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

// One platform start shared by the end-to-end tests of a class: starting it takes a while.
public sealed class RunningPlatformFixture : IAsyncLifetime
{
    private PlatformUnderTest? _platform;

    public PlatformUnderTest Platform => _platform ?? throw new InvalidOperationException("Platform not started.");

    public async Task InitializeAsync() => _platform = await PlatformUnderTest.StartAsync();

    public async Task DisposeAsync()
    {
        if (_platform is not null) await _platform.DisposeAsync();
    }
}
