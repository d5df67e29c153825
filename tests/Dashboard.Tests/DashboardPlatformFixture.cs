using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.Dashboard.Tests;

/// <summary>
/// The whole platform started through the AppHost with the Aspire dashboard on, and one headless
/// Debian chromium shared by the collection (one Playwright driver process).
/// </summary>
public sealed class DashboardPlatformFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "PLATFORM_CHROMIUM";

    public PlatformUnderTest Platform { get; private set; } = null!;

    public TestDashboard Dashboard => Platform.Dashboard!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
        });
        // After the browser: a missing chromium fails in a second, not after the platform's start.
        Platform = await PlatformUnderTest.StartAsync(dashboard: true);
    }

    /// <summary>A fresh browser context (no cookie) on a wide page, so the trace waterfall has room.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Follows the login link the AppHost prints; the dashboard keeps the token in a cookie and shows the resources.</summary>
    public async Task<IPage> SignedInPageAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Dashboard.LoginUrl.ToString());
        await Expect(page).ToHaveURLAsync(new Uri(Dashboard.Url, "/").ToString());
        await Expect(ResourcesPage.Row(page, "gateway")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Where screenshots go: the test run's output folder.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (Platform is not null)
            await Platform.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardPlatformFixture>
{
    public const string Name = "dashboard";
}
