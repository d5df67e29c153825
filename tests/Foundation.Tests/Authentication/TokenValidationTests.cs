using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Platform.Foundation.Tests.Services;
using Platform.ServiceDefaults.Authentication;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Authentication;

// Every service validates access tokens itself (RFC 8725): only Auth's published keys, RS256/ES256,
// the platform's issuer and audience, unexpired, typ at+jwt.
public sealed class TokenValidationTests
{
    public static TheoryData<string> Services => ServiceCatalog.Names;

    [Theory]
    [MemberData(nameof(Services))]
    public Task Service_accepts_a_valid_token_and_rejects_every_forged_one(string service) =>
        ServiceCatalog.RunAsync(service, new RejectsForgedTokens());

    private sealed class RejectsForgedTokens : IServiceScenario
    {
        public async Task RunAsync<TEntryPoint>(string databaseName) where TEntryPoint : class
        {
            await using var issuer = await TestTokenIssuer.StartAsync();
            await using var service = await ServiceFactory<TEntryPoint>.CreateAsync(databaseName, issuer.ServiceSettings());
            using var factory = service.WithWebHostBuilder(web => web.ConfigureTestServices(ProtectedTestEndpoints.AddTo));
            var client = factory.CreateClient();

            using (var valid = await GetAsync(client, issuer.Token()))
                Assert.Equal(HttpStatusCode.OK, valid.StatusCode);

            var forged = new Dictionary<string, string>
            {
                ["no token"] = "",
                ["tampered payload"] = issuer.TamperedToken(),
                ["expired"] = issuer.Token(new TokenShape { Age = TimeSpan.FromMinutes(-20) }),
                ["wrong issuer"] = issuer.Token(new TokenShape { Issuer = "http://evil.example/" }),
                ["wrong audience"] = issuer.Token(new TokenShape { Audience = "some-other-api" }),
                ["alg none"] = issuer.UnsignedToken(),
                ["HS256 keyed with the public key"] = issuer.TokenSignedWithPublicKeyAsHmacSecret(),
                ["wrong typ"] = issuer.Token(new TokenShape { Type = "JWT" }),
                ["unknown kid"] = issuer.Token(new TokenShape { Key = TestTokenIssuer.NewUnpublishedKey() }),
            };
            foreach (var (name, token) in forged)
            {
                using var response = await GetAsync(client, token);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{databaseName}: {name} answered {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains(response.Headers.WwwAuthenticate, challenge => challenge.Scheme == "Bearer");
            }
        }
    }

    [Fact]
    public async Task Claims_reach_the_endpoint_unmapped_with_memberships_and_roles()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var service = await ServiceFactory<Events.Service.Infrastructure.EventsDbContext>.CreateAsync("eventsdb", issuer.ServiceSettings());
        using var factory = service.WithWebHostBuilder(web => web.ConfigureTestServices(ProtectedTestEndpoints.AddTo));
        var client = factory.CreateClient();
        var userId = Guid.NewGuid();
        var owned = Guid.NewGuid();
        var staffed = Guid.NewGuid();

        using var response = await GetAsync(client, issuer.Token(new TokenShape
        {
            UserId = userId,
            Organizations = [$"{owned}:owner", $"{staffed}:staff", "not-a-guid:owner"],
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = await response.Content.ReadFromJsonAsync<CallerView>();
        Assert.Equal(userId, caller!.UserId);
        Assert.Equal("ada@example.com", caller.Email);
        Assert.True(caller.EmailVerified);
        Assert.Equal("Ada", caller.Name);
        Assert.False(caller.IsAdmin);
        Assert.Equal(new Dictionary<string, string> { [owned.ToString()] = "owner", [staffed.ToString()] = "staff" }, caller.Organizations);
    }

    [Fact]
    public async Task Admin_policy_answers_403_problem_without_the_admin_role_and_200_with_it()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var service = await ServiceFactory<Events.Service.Infrastructure.EventsDbContext>.CreateAsync("eventsdb", issuer.ServiceSettings());
        using var factory = service.WithWebHostBuilder(web => web.ConfigureTestServices(ProtectedTestEndpoints.AddTo));
        var client = factory.CreateClient();

        using var customer = await GetAsync(client, issuer.Token(), ProtectedTestEndpoints.AdminPath);
        using var admin = await GetAsync(client, issuer.Token(new TokenShape { Roles = [PlatformRoles.Admin] }), ProtectedTestEndpoints.AdminPath);
        using var anonymous = await GetAsync(client, "", ProtectedTestEndpoints.AdminPath);

        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
        Assert.Equal("application/problem+json", customer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.True((await admin.Content.ReadFromJsonAsync<CallerView>())!.IsAdmin);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_rotated_key_is_fetched_on_first_sight_and_the_previous_key_keeps_working()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var service = await ServiceFactory<Events.Service.Infrastructure.EventsDbContext>.CreateAsync("eventsdb", issuer.ServiceSettings());
        using var factory = service.WithWebHostBuilder(web => web.ConfigureTestServices(ProtectedTestEndpoints.AddTo));
        var client = factory.CreateClient();
        var signedBeforeRotation = issuer.Token();
        using (var before = await GetAsync(client, signedBeforeRotation))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        issuer.PublishNewKey();
        var signedAfterRotation = issuer.Token();
        // The key set is fetched again in the background when an unknown kid shows up; allow it a moment.
        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 20 && status != HttpStatusCode.OK; attempt++)
        {
            using var after = await GetAsync(client, signedAfterRotation);
            status = after.StatusCode;
            if (status != HttpStatusCode.OK)
                await Task.Delay(250);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        using var old = await GetAsync(client, signedBeforeRotation);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task Service_refuses_to_start_without_a_public_base_url_and_says_which_setting()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        var settings = issuer.ServiceSettings();
        settings["Platform:PublicBaseUrl"] = null;
        await using var service = await ServiceFactory<Events.Service.Infrastructure.EventsDbContext>.CreateAsync("eventsdb", settings);

        var error = Assert.ThrowsAny<Exception>(() => service.CreateClient());

        Assert.Contains("Platform:PublicBaseUrl is not set", error.ToString());
        Assert.Contains("Platform__PublicBaseUrl", error.ToString());
    }

    [Fact]
    public async Task In_process_service_without_an_auth_address_reads_keys_from_itself_as_auth_does()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        var settings = issuer.ServiceSettings();
        settings.Remove("services:auth:http:0");
        await using var service = await ServiceFactory<Events.Service.Infrastructure.EventsDbContext>.CreateAsync("eventsdb", settings);
        using var factory = service.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            ProtectedTestEndpoints.AddTo(services);
            ProtectedTestEndpoints.PublishJwksOf(issuer, services);
        }));
        var client = factory.CreateClient();

        using var valid = await GetAsync(client, issuer.Token());
        using var unknownKey = await GetAsync(client, issuer.Token(new TokenShape { Key = TestTokenIssuer.NewUnpublishedKey() }));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownKey.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string token, string path = ProtectedTestEndpoints.SignedInPath)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token.Length > 0)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
