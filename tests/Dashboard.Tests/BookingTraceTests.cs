namespace Platform.Dashboard.Tests;

/// <summary>
/// The closing check: a booking paid through the gateway is one trace across gateway,
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

        await page.GotoAsync(new Uri(fixture.Dashboard.Url, TracesPage.Url("gateway", booking.ConfirmPath)).ToString());
        // A confirm tried before Payments knew the payment is a trace of the gateway alone; the paid one reaches all four.
        var paidConfirm = TracesPage.Rows(page);
        foreach (var service in ConfirmServices)
            paidConfirm = paidConfirm.Filter(new() { Has = page.Locator(".trace-service-tag", new() { HasText = service + " (" }) });
        // The list re-reads the telemetry as it arrives; Notifications' spans come last, after the bus.
        await paidConfirm.First.ClickAsync(new() { Timeout = 60_000 });

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/traces/detail/"));
        foreach (var service in ConfirmServices)
            await Expect(TracesPage.SpanResources(page).Filter(new() { HasTextRegex = ResourcesPage.Exactly(service) }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = DashboardPlatformFixture.ScreenshotPath("booking-trace.png") });
    }
}
