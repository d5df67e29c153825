using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.AppHost;

[Collection(AppHostProcessesCollection.Name)]
public sealed class PlatformUnderTestTests
{
    [Fact]
    public async Task Killed_service_stays_down_until_started_again()
    {
        await using var platform = await PlatformUnderTest.StartAsync();
        using var gateway = platform.CreateGatewayClient();
        Assert.True((await gateway.GetAsync("/health")).IsSuccessStatusCode, platform.LogsOf("gateway"));

        using var direct = new HttpClient();
        var auth = new Uri(platform.ServiceUrl("auth"), "/health");
        await platform.KillAsync("auth");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await Assert.ThrowsAsync<HttpRequestException>(() => direct.GetAsync(auth));

        await platform.StartAgainAsync("auth");
        Assert.True((await direct.GetAsync(auth)).IsSuccessStatusCode, platform.LogsOf("auth"));
    }
}
