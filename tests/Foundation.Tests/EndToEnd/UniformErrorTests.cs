using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// Whatever goes wrong and whichever service says so, a person gets application/problem+json with a title that
// says what happened: never a bare "Unauthorized", never a validator's message about a date in year 1.
[Collection(EndToEndCollection.Name)]
public sealed class UniformErrorTests(PlatformFixture fixture)
{
    static readonly string[] BareReasonPhrases = ["Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Bad Request", "Unsupported Media Type"];

    // One signed-in path per service.
    public static TheoryData<string, string> ProtectedPaths => new()
    {
        { "GET", "/api/auth/me" },
        { "POST", "/api/organizations" },
        { "GET", $"/api/events/organizations/{Guid.CreateVersion7()}/events" },
        { "GET", "/api/bookings?page=1&pageSize=20" },
        { "GET", $"/api/payments/{Guid.CreateVersion7()}" },
        { "GET", "/api/notifications/mine" },
    };

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task Without_a_token_every_service_answers_401_saying_how_to_sign_in(string method, string path)
    {
        using var gateway = fixture.Platform.CreateGatewayClient();
        using var response = await gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Sign-in required", problem.GetProperty("title").GetString());
        Assert.Contains("/api/auth/sign-in", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task A_ticket_token_used_as_a_bearer_is_named_for_what_it_is(string method, string path)
    {
        using var gateway = fixture.Platform.CreateGatewayClient();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TicketShapedToken());
        using var response = await gateway.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("This is not an access token", problem.GetProperty("title").GetString());
        // No "expired in the year 0001": the words a person reads (the trace id is random hex and may hold 0001).
        Assert.DoesNotContain("0001", problem.GetProperty("title").GetString() + " " + problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(response.Headers.WwwAuthenticate, h => (h.Parameter ?? "").Contains("0001"));
    }

    [Theory]
    [InlineData("not-a-jwt", "The access token is malformed")]
    [InlineData("eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJ4In0.c2ln", "The access token's signature is not valid")]
    [InlineData("eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJ4InA0.c2ln", "The access token is malformed")]
    public async Task A_garbled_or_forged_bearer_is_a_401_problem_with_a_plain_title(string bearer, string title)
    {
        using var gateway = fixture.Platform.CreateGatewayClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/mine");
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearer}");
        using var response = await gateway.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_customer_at_an_admin_endpoint_gets_a_403_problem_with_a_plain_title()
    {
        var customer = Customer.New(fixture.Platform, "not-an-admin");
        await customer.RegisterAsync("Nora Nonadmin");
        var token = (await customer.SignInAsync()).AccessToken;

        using var response = await customer.SendAsync(HttpMethod.Get, "/api/admin/users", token);

        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Not allowed for your account", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_problem_an_endpoint_answers_itself_is_labelled_problem_json()
    {
        var customer = Customer.New(fixture.Platform, "scanner");
        await customer.RegisterAsync("Sid Scanner");
        var token = (await customer.SignInAsync()).AccessToken;

        using var response = await customer.SendAsync(HttpMethod.Post, "/api/bookings/check-ins", token,
            new { occurrenceId = Guid.CreateVersion7(), code = "NO-SUCH-TICKET" });

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Ticket not found.", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/events/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/bookings/tickets/not-a-guid/qr.png", HttpStatusCode.NotFound)]
    [InlineData("GET", "/no/route/at/all", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/events", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PUT", "/api/auth/register", HttpStatusCode.MethodNotAllowed)]
    public async Task Unknown_paths_and_methods_answer_a_problem_with_a_plain_title(string method, string path, HttpStatusCode status)
    {
        using var gateway = fixture.Platform.CreateGatewayClient();
        using var response = await gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await ProblemAsync(response, status);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), problem.GetRawText());
    }

    // A standard OAuth client posts to /connect/* itself (discovery lists them): its errors are problems too,
    // still carrying OAuth's error member for the client to act on.
    public static TheoryData<string, string, string> OAuthRefusals => new()
    {
        { "/connect/token", "grant_type=password&client_id=ticketing-web&username=nobody-at-all%40example.org&password=not-the-password", "invalid_grant" },
        { "/connect/token", "grant_type=client_credentials&client_id=ticketing-web", "unsupported_grant_type" },
        { "/connect/token", "grant_type=password&client_id=no-such-client&username=a%40example.org&password=x", "invalid_client" },
        { "/connect/revoke", "client_id=ticketing-web", "invalid_request" },
    };

    [Theory]
    [MemberData(nameof(OAuthRefusals))]
    public async Task OAuth_endpoint_errors_are_problems_that_keep_the_oauth_error(string path, string form, string error)
    {
        using var gateway = fixture.Platform.CreateGatewayClient();
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await gateway.PostAsync(path, content);

        Assert.True((int)response.StatusCode is >= 400 and < 500, await Customer.DescribeAsync(response));
        var problem = await ProblemAsync(response, response.StatusCode);
        Assert.Equal(error, problem.GetProperty("error").GetString());
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
    }

    static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, await Customer.DescribeAsync(response));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var title = problem.GetProperty("title").GetString();
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.DoesNotContain(title, BareReasonPhrases);
        return problem;
    }

    // What Bookings puts in a ticket's QR code: a ticket+jwt with no expiry, signed with a key Auth never published.
    static string TicketShapedToken()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "ticketing-bookings",
            Audience = "ticketing-check-in",
            TokenType = "ticket+jwt",
            IssuedAt = DateTime.UtcNow,
            Claims = new Dictionary<string, object> { ["tid"] = Guid.CreateVersion7().ToString(), ["code"] = "ABCD-EFGH" },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = "ticket-key" }, SecurityAlgorithms.EcdsaSha256),
        });
    }
}
