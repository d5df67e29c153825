using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Auth.Service.Accounts.Users;
using Auth.Service.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Foundation.Tests.Services;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Organizations;

// One Auth service in-process (fresh database and vhost) shared by a test class; every test makes its own users.
public sealed class AuthServiceFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "http://gateway.test:5080/";
    public const string AdminEmail = "platform-admin@orgs.test";
    public const string AdminPassword = "admin-orgs-7f3c-passphrase";
    public const string UserPassword = "orgs-test-9d2e-passphrase";

    public ServiceFactory<AuthDbContext> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = await ServiceFactory<AuthDbContext>.CreateAsync("authdb", new Dictionary<string, string?>
        {
            ["Platform:PublicBaseUrl"] = PublicBaseUrl,
            ["Auth:Admin:Email"] = AdminEmail,
            ["Auth:Admin:Password"] = AdminPassword,
        });
        await Factory.CreateClient().WaitUntilHealthyAsync();
        await WaitForAdminBootstrapAsync();
    }

    // The admin account is created by a hosted service at start; healthy does not mean it is there yet.
    private async Task WaitForAdminBootstrapAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            using var response = await Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email = AdminEmail, password = AdminPassword });
            if (response.IsSuccessStatusCode) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The admin account could not sign in within 20 s: {(int)response.StatusCode}");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public HttpClient Anonymous() => Factory.CreateClient();

    // A real account stored through Identity; only the email confirmation step is taken directly.
    public async Task<TestUser> CreateUserAsync(string name, bool verified = true)
    {
        var email = $"{name}-{Guid.NewGuid():N}@orgs.test";
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, DisplayName = name };
        var created = await users.CreateAsync(user, UserPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (verified)
        {
            var token = await users.GenerateEmailConfirmationTokenAsync(user);
            Assert.True((await users.ConfirmEmailAsync(user, token)).Succeeded);
        }

        return new TestUser(user.Id, email, UserPassword);
    }

    public async Task<HttpClient> SignedInAsync(TestUser user) => WithBearer(await SignInAsync(user.Email, user.Password));

    public async Task<HttpClient> SignedInAdminAsync() => WithBearer(await SignInAsync(AdminEmail, AdminPassword));

    public async Task<string> SignInAsync(string email, string password)
    {
        using var response = await Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public HttpClient WithBearer(string accessToken)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    // The invitation messages staged in the outbox, newest last.
    public async Task<List<JsonElement>> StagedInvitationsAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT body::text FROM outbox_messages WHERE message_type LIKE 'Platform.Contracts.Accounts.OrganizationInvitationCreated,%' ORDER BY id",
            connection);
        var bodies = new List<JsonElement>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync()) bodies.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        return bodies;
    }

    public async Task ExecuteSqlAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }
}

public sealed record TestUser(Guid Id, string Email, string Password);
