namespace Platform.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class LoginTests(DashboardPlatformFixture fixture)
{
    [Fact]
    public async Task Without_the_token_the_dashboard_asks_to_log_in_and_shows_no_resource()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync(fixture.Dashboard.Url.ToString());

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await Expect(page.Locator("#token-text-field")).ToBeVisibleAsync();
        await Expect(ResourcesPage.Rows(page)).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("gateway");
    }

    [Fact]
    public async Task A_wrong_token_is_refused()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync(new Uri(fixture.Dashboard.Url, "/login?t=not-the-token").ToString());

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await Expect(ResourcesPage.Rows(page)).ToHaveCountAsync(0);
    }
}
