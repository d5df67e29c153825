using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayConfigurationTests
{
    [Fact]
    public async Task Missing_service_address_fails_start_naming_the_variable()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            GatewayUnderTest.StartAsync(new Dictionary<string, string?> { ["services:events:http:0"] = "" }));

        var message = AllMessages(error);
        Assert.Contains("services__events__http__0 is not set", message);
        Assert.DoesNotContain("services__auth__http__0", message);
    }

    [Fact]
    public async Task Non_positive_body_limit_fails_start_naming_the_setting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            GatewayUnderTest.StartAsync(new Dictionary<string, string?> { ["Gateway:MaxRequestBodyBytes"] = "0" }));

        Assert.Contains("Gateway:MaxRequestBodyBytes", AllMessages(error));
    }

    private static string AllMessages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? current = error; current is not null; current = current.InnerException)
            messages.Add(current.Message);
        return string.Join(" | ", messages);
    }
}
