using System.Text.RegularExpressions;

namespace Platform.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class ResourcesAndLogsTests(DashboardPlatformFixture platform)
{
    [Fact]
    public async Task Signing_in_with_the_printed_token_shows_every_resource_healthy()
    {
        var page = await platform.SignedInPageAsync();

        foreach (var resource in platform.App.Resources)
            await Expect(page.GetByTestId("state-" + resource.Name)).ToHaveTextAsync("healthy");
        await Expect(page.Locator("#resources tbody tr")).ToHaveCountAsync(platform.App.Resources.Count);
        await Expect(page.Locator("tr[data-resource=gateway] a")).ToHaveTextAsync(platform.GatewayUrl.ToString());
        await page.ScreenshotAsync(new() { Path = DashboardPlatformFixture.ScreenshotPath("resources.png") });
    }

    [Fact]
    public async Task A_service_environment_is_shown_with_its_secrets_masked()
    {
        var page = await platform.SignedInPageAsync();

        await page.Locator("tr[data-resource=auth] td").First.ClickAsync();

        var environment = page.GetByTestId("environment-table");
        await Expect(environment).ToContainTextAsync("Auth__Admin__Password");
        await Expect(environment.Locator("tr", new() { HasText = "Auth__Admin__Password" })).ToContainTextAsync("***");
        await Expect(environment.Locator("tr", new() { HasText = "ConnectionStrings__authdb" })).ToContainTextAsync("Database=authdb");
        await Expect(environment).Not.ToContainTextAsync(platform.App.Admin.Password);
        await Expect(environment.Locator("tr", new() { HasText = "OTEL_EXPORTER_OTLP_ENDPOINT" }))
            .ToContainTextAsync(platform.Dashboard.Receiver.Endpoint.ToString().TrimEnd('/'));
    }

    [Fact]
    public async Task A_service_console_output_and_its_structured_logs_are_shown()
    {
        var page = await platform.SignedInPageAsync();

        await page.Locator("tr[data-resource=auth] button", new() { HasText = "Logs" }).ClickAsync();

        await Expect(page.GetByTestId("console-output")).ToContainTextAsync("starting Auth.Service");
        await page.GetByTestId("logs-structured").ClickAsync();
        await page.Locator("#log-resource").SelectOptionAsync("auth");
        await Expect(page.GetByTestId("structured-logs").Locator("tbody tr").First).ToContainTextAsync("auth");
        await Expect(page.GetByTestId("structured-logs")).ToContainTextAsync(new Regex("Now listening|Application started"));
    }
}
