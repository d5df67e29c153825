using System.Text.RegularExpressions;
using Platform.Testing;

namespace Platform.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class ResourcesAndLogsTests(DashboardPlatformFixture fixture)
{
    [Fact]
    public async Task Signing_in_with_the_login_link_shows_every_service_running_and_healthy()
    {
        var page = await fixture.SignedInPageAsync();

        foreach (var service in PlatformUnderTest.Services)
            await Expect(ResourcesPage.State(page, service)).ToHaveTextAsync(ResourcesPage.Exactly("Running"));
        await page.ScreenshotAsync(new() { Path = DashboardPlatformFixture.ScreenshotPath("resources.png") });
    }

    [Fact]
    public async Task A_service_environment_is_shown_with_its_secrets_masked()
    {
        var page = await fixture.SignedInPageAsync();

        await ResourcesPage.Row(page, "auth").Locator(".resource-name-text").ClickAsync();

        var password = ResourcesPage.EnvironmentVariable(page, "Auth__Admin__Password");
        await Expect(password).ToBeVisibleAsync();
        await Expect(password.Locator(".grid-value.masked")).ToBeVisibleAsync();
        await Expect(ResourcesPage.EnvironmentVariable(page, "OTEL_EXPORTER_OTLP_ENDPOINT")).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync(fixture.Platform.AdminPassword);
    }

    [Fact]
    public async Task A_service_console_output_is_shown()
    {
        var page = await fixture.SignedInPageAsync();

        await page.GotoAsync(new Uri(fixture.Dashboard.Url, "/consolelogs/resource/auth").ToString());

        await Expect(page.Locator("#logContainer")).ToContainTextAsync(new Regex("Now listening on|Application started"));
    }
}
