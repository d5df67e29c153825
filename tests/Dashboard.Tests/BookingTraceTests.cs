namespace Platform.Dashboard.Tests;

/// <summary>
/// The issue's closing check: a booking paid through the gateway is one trace across gateway,
/// Payments, Bookings and Notifications, as the Aspire dashboard shows it.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class BookingTraceTests(DashboardPlatformFixture fixture)
{
    private static readonly string[] ConfirmServices = ["gateway", "payments", "bookings", "notifications"];

    [Fact]
    public async Task A_paid_booking_is_one_trace_with_spans_from_gateway_payments_bookings_and_notifications()
    {
        using var gateway = fixture.Platform.CreateGatewayClient();
        var booking = await new BookingFlow(gateway).BookAndPayAsync();
        var page = await fixture.SignedInPageAsync();

        var traces = new Uri(fixture.Dashboard.Url, TracesPage.Url("gateway", booking.ConfirmPath)).ToString();
        // A confirm tried before Payments knew the payment is a trace of the gateway alone; the paid one reaches all four.
        var paidConfirm = TracesPage.Rows(page);
        foreach (var service in ConfirmServices)
            paidConfirm = paidConfirm.Filter(new() { Has = page.Locator(".trace-service-tag", new() { HasTextRegex = TracesPage.Resource(service, " \\(") }) });
        await page.GotoAsync(traces);
        await OpenWhenListedAsync(page, paidConfirm, traces);

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/traces/detail/"));
        foreach (var service in ConfirmServices)
            await Expect(TracesPage.SpanResources(page).Filter(new() { HasTextRegex = TracesPage.Resource(service, "\\s*$") }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = DashboardPlatformFixture.ScreenshotPath("booking-trace.png") });
    }

    // Notifications' spans come last, after the bus. The list shows new traces by itself, but a trace already listed
    // may keep the services it had when first shown, so the page is read again until the deadline.
    private static async Task OpenWhenListedAsync(IPage page, ILocator row, string traces)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                await row.First.WaitForAsync(new() { Timeout = 10_000 });
                await row.First.ClickAsync();
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                await page.GotoAsync(traces);
            }
            catch (TimeoutException)
            {
                await page.ScreenshotAsync(new() { Path = DashboardPlatformFixture.ScreenshotPath("booking-trace-not-found.png") });
                throw;
            }
        }
    }
}
