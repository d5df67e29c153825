using System.Net;
using System.Net.Http.Json;

namespace Platform.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class TraceViewTests(DashboardPlatformFixture platform)
{
    [Fact]
    public async Task A_registration_is_one_trace_from_the_gateway_through_auth_and_the_bus_to_notifications()
    {
        using var gateway = new HttpClient { BaseAddress = platform.GatewayUrl };
        var email = $"trace-{Guid.NewGuid():N}@example.com";
        using var registered = await gateway.PostAsJsonAsync("/api/auth/register",
            new { email, password = "a long and unusual passphrase 42", displayName = "Ada Lovelace" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var page = await platform.SignedInPageAsync();

        await page.GetByTestId("tab-traces").ClickAsync();
        await page.GetByTestId("trace-service").SelectOptionAsync("gateway");
        await page.GetByTestId("trace-text").FillAsync("/api/auth/register");
        await page.GetByTestId("traces-table").Locator("tbody tr", new() { HasText = "gateway" }).First.ClickAsync();

        // Notifications' spans arrive after the outbox relay has published and the consumer has run.
        var services = page.GetByTestId("trace-services");
        await Expect(services).ToContainTextAsync("notifications", new() { Timeout = 60_000 });
        foreach (var service in new[] { "gateway", "auth", "notifications" })
            await Expect(page.Locator($"#waterfall .span-row[data-service={service}]").First).ToBeVisibleAsync();
        await Expect(services).ToContainTextAsync("rabbitmq");
        await Expect(services).ToContainTextAsync("postgresql");
        var waterfallServices = await page.Locator("#waterfall .span-row").EvaluateAllAsync<string[]>("rows => [...new Set(rows.map(r => r.dataset.service))]");
        Assert.True(waterfallServices.Length >= 3, string.Join(", ", waterfallServices));

        await SpanCountSettledAsync(page);
        await page.Locator("#waterfall .span-row[data-service=notifications]", new() { HasText = "process" }).First.ClickAsync();
        await Expect(page.GetByTestId("span-detail")).ToContainTextAsync("messaging.operation");
        await page.GetByTestId("trace-view").ScreenshotAsync(new() { Path = DashboardPlatformFixture.ScreenshotPath("registration-trace.png") });

        // Polling workers' queries outside any request are not sampled, so they cannot crowd traces out of the window.
        var lonelyQueries = platform.Dashboard.Store.Traces().SelectMany(t => t)
            .Where(s => s.ParentSpanId is null && (s.Attribute("db.system.name") ?? s.Attribute("db.system")) is not null)
            .Select(s => $"{s.Service}: {s.Name} {s.Attribute("db.query.text")}").ToList();
        Assert.True(lonelyQueries.Count == 0, string.Join("\n", lonelyQueries));
    }

    // Spans of one trace arrive in several exports; the page re-reads the trace every two seconds.
    internal static async Task SpanCountSettledAsync(IPage page)
    {
        var rows = page.Locator("#waterfall .span-row");
        var last = -1;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var count = await rows.CountAsync();
            if (count == last)
                return;
            last = count;
            await Task.Delay(2500);
        }
    }

    [Fact]
    public async Task Metrics_show_request_rates_per_service_and_the_queue_depths()
    {
        using var gateway = new HttpClient { BaseAddress = platform.GatewayUrl };
        for (var i = 0; i < 5; i++)
            (await gateway.GetAsync("/api/auth/me")).Dispose();
        var page = await platform.SignedInPageAsync();

        await page.GetByTestId("tab-metrics").ClickAsync();

        await Expect(page.Locator("#service-metrics .card[data-service=gateway]")).ToContainTextAsync("req/s", new() { Timeout = 30_000 });
        await Expect(page.Locator("#service-metrics .card[data-service=gateway] svg").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("queue-metrics").Locator(".card").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = DashboardPlatformFixture.ScreenshotPath("metrics.png"), FullPage = true });
    }
}
