using System.Net;
using System.Net.Http.Json;
using Platform.AppHost.Dashboard;
using Xunit;

namespace Platform.Foundation.Tests.Dashboard;

public sealed class DashboardAccessTests
{
    [Fact]
    public async Task Without_the_login_cookie_the_api_answers_401_and_the_page_redirects_to_login()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        using var anonymous = dashboard.Anonymous();

        using var api = await anonymous.GetAsync("/api/resources");
        using var page = await anonymous.GetAsync("/");
        using var restart = await anonymous.PostAsync("/api/resources/redis/restart", null);
        using var loginPage = await anonymous.GetAsync("/login");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, restart.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_the_printed_link_sets_an_http_only_cookie()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        using var anonymous = dashboard.Anonymous();

        using var wrong = await anonymous.GetAsync("/login?t=" + new string('0', dashboard.Dashboard.Token.Length));
        using var right = await anonymous.GetAsync(dashboard.Dashboard.LoginUrl);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var cookie = Assert.Single(right.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(32, dashboard.Dashboard.Token.Length);
    }

    [Fact]
    public async Task Signed_in_the_resources_show_with_state_and_masked_connection_string()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        using var client = await dashboard.SignedInAsync();

        var resources = (await client.GetFromJsonAsync<List<ResourceView>>("/api/resources"))!;
        var page = await client.GetStringAsync("/");

        var redis = Assert.Single(resources);
        Assert.Equal("redis", redis.Name);
        Assert.Equal("healthy", redis.State);
        Assert.True(redis.External);
        Assert.False(redis.CanRestart);
        Assert.Contains("data-testid=\"tab-traces\"", page);
    }

    [Fact]
    public async Task Only_services_can_be_restarted_and_only_by_the_page()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        using var client = await dashboard.SignedInAsync();

        using var server = await client.PostAsync("/api/resources/redis/restart", null);
        using var unknown = await client.PostAsync("/api/resources/nothing/restart", null);
        client.DefaultRequestHeaders.Remove("X-Dashboard");
        using var withoutHeader = await client.PostAsync("/api/resources/redis/restart", null);

        Assert.Equal(HttpStatusCode.BadRequest, server.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutHeader.StatusCode);
    }

    [Theory]
    [InlineData("ConnectionStrings__authdb", "Host=127.0.0.1;Port=5432;Username=postgres;Password=s3cret;Database=authdb", "Host=127.0.0.1;Port=5432;Username=postgres;Password=***;Database=authdb")]
    [InlineData("ConnectionStrings__rabbitmq", "amqp://platform:s3cret@127.0.0.1:5672/vh", "amqp://platform:***@127.0.0.1:5672/vh")]
    [InlineData("Auth__Admin__Password", "s3cret", "***")]
    [InlineData("Payments__Stripe__SecretKey", "sk_test_s3cret", "***")]
    [InlineData("Some__ApiToken", "s3cret", "***")]
    [InlineData("OTEL_SERVICE_NAME", "auth", "auth")]
    public void Secrets_in_the_environment_are_masked(string key, string value, string shown)
    {
        Assert.Equal(shown, SecretMasking.MaskValue(key, value));
    }
}
