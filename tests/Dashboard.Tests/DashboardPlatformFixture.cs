using Platform.AppHost;
using Platform.AppHost.Dashboard;

namespace Platform.Dashboard.Tests;

/// <summary>
/// The whole platform started through the AppHost library with the dashboard on (its own Postgres,
/// Redis, RabbitMQ with management and SMTP sink on free ports), and one headless Debian chromium
/// shared by the collection (one Playwright driver process).
/// </summary>
public sealed class DashboardPlatformFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "PLATFORM_CHROMIUM";

    public PlatformApp App { get; private set; } = null!;

    public DashboardHost Dashboard => App.Dashboard!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri GatewayUrl => App.Get<ProjectResource>("gateway").Url;

    public async Task InitializeAsync()
    {
        var options = PlatformOptions.ForTests() with
        {
            EnvironmentName = "Development",
            Dashboard = new DashboardOptions { QueueSampleInterval = TimeSpan.FromSeconds(2) },
        };
        App = await PlatformModel.Create(options).StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => App.KillNow();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
        });
    }

    /// <summary>A fresh browser context (no cookie) on a wide page, so the waterfall has room.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Opens the dashboard, lands on the login page and signs in with the printed token.</summary>
    public async Task<IPage> SignedInPageAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Dashboard.Url.ToString());
        await Expect(page).ToHaveURLAsync(new Uri(Dashboard.Url, "/login").ToString());
        await page.GetByTestId("login-token").FillAsync(Dashboard.Token);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("resources-table")).ToBeVisibleAsync();
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
        if (App is not null)
            await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardPlatformFixture>
{
    public const string Name = "dashboard";
}
