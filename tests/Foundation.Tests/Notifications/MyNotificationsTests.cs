using Platform.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Notifications.Service.Apis;
using Platform.Foundation.Tests.Authentication;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.NotificationsService;

public sealed class MyNotificationsTests : IAsyncLifetime
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    TestTokenIssuer issuer = null!;
    NotificationsUnderTest service = null!;

    public async Task InitializeAsync()
    {
        issuer = await TestTokenIssuer.StartAsync();
        service = await NotificationsUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["Platform:JwksUrl"] = issuer.JwksUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task Mine_without_a_token_is_401()
    {
        using var response = await service.Client.GetAsync("/api/notifications/mine");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Mine_with_a_token_from_another_issuer_is_401()
    {
        var token = issuer.AccessToken(Guid.CreateVersion7(), Mailbox.UniqueAddress("other"), true, issuer: "http://elsewhere.example/");

        using var response = await GetMineAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Mine_lists_the_callers_notifications_newest_first_and_nobody_elses()
    {
        var ada = Guid.CreateVersion7();
        var adaEmail = Mailbox.UniqueAddress("ada");
        var otherEmail = Mailbox.UniqueAddress("other");
        await SentAsync(AccountMessages.Registered(adaEmail, ada));
        await SentAsync(AccountMessages.Registered(otherEmail));
        await SentAsync(AccountMessages.Invited(adaEmail.ToUpperInvariant()));

        var page = await MineAsync(issuer.AccessToken(ada, adaEmail, emailVerified: true));

        Assert.Equal(2, page.TotalCount);
        Assert.Equal(["OrganizationInvitation", "EmailVerification"], page.Items.Select(n => n.Kind));
        Assert.All(page.Items, n => Assert.Equal("Sent", n.Status));
        Assert.All(page.Items, n => Assert.NotNull(n.SentAt));
        Assert.DoesNotContain(page.Items, n => n.Recipient == otherEmail);
    }

    [Fact]
    public async Task Mine_does_not_match_by_an_unverified_email()
    {
        var adaEmail = Mailbox.UniqueAddress("unverified");
        await SentAsync(AccountMessages.Invited(adaEmail));

        var page = await MineAsync(issuer.AccessToken(Guid.CreateVersion7(), adaEmail, emailVerified: false));

        Assert.Equal(0, page.TotalCount);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Mine_pages_through_the_list()
    {
        var user = Guid.CreateVersion7();
        var email = Mailbox.UniqueAddress("paged");
        await SentAsync(AccountMessages.Registered(email, user));
        await SentAsync(AccountMessages.ResetRequested(email, user));
        var token = issuer.AccessToken(user, email, emailVerified: true);

        var first = await MineAsync(token, "?page=1&pageSize=1");
        var second = await MineAsync(token, "?page=2&pageSize=1");
        var third = await MineAsync(token, "?page=3&pageSize=1");

        Assert.Equal(("PasswordReset", 2), (Assert.Single(first.Items).Kind, first.TotalCount));
        Assert.Equal("EmailVerification", Assert.Single(second.Items).Kind);
        Assert.Empty(third.Items);
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=abc", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?page=1&pageSize=x", "pageSize")]
    public async Task Mine_with_bad_paging_is_400_naming_the_field(string query, string field)
    {
        var token = issuer.AccessToken(Guid.CreateVersion7(), Mailbox.UniqueAddress("bad-paging"), true);

        using var response = await GetMineAsync(token, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors names {field}: {errors}");
    }

    [Fact]
    public async Task OpenApi_describes_mine_with_each_outcome()
    {
        using var document = JsonDocument.Parse(await service.Client.GetStringAsync("/openapi/v1.json"));

        var responses = document.RootElement.GetProperty("paths").GetProperty("/api/notifications/mine")
            .GetProperty("get").GetProperty("responses");
        Assert.Equal(["200", "400", "401"], responses.EnumerateObject().Select(r => r.Name).Order());
    }

    async Task SentAsync<TMessage>(TMessage message) where TMessage : class
    {
        var messageId = await service.PublishAsync(message);
        await Eventually.HoldsAsync(
            async () => (await NotificationRows.ForMessageAsync(service.DatabaseConnectionString, messageId)).SingleOrDefault() is { Status: "Sent" },
            Deadline,
            $"the {typeof(TMessage).Name} notification is sent");
    }

    async Task<HttpResponseMessage> GetMineAsync(string token, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/mine" + query);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await service.Client.SendAsync(request);
    }

    async Task<NotificationPage> MineAsync(string token, string query = "")
    {
        using var response = await GetMineAsync(token, query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<NotificationPage>())!;
    }
}
