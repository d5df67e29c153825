using Aspire.Hosting.Testing;
using Platform.AppHost.Platform;
using Platform.Foundation.Tests.EndToEnd;
using Xunit;

namespace Platform.Foundation.Tests.Authentication;

// What the AppHost tells each project so that tokens work across the platform, and the admin it bootstraps.
[Collection(EndToEndCollection.Name)]
public sealed class PlatformAuthenticationWiringTests(PlatformFixture fixture)
{
    private static readonly string[] Projects = ["auth", "events", "bookings", "payments", "notifications", "gateway"];

    [Fact]
    public async Task Every_project_learns_the_gateway_as_issuer_and_where_auth_publishes_keys_and_only_auth_gets_the_admin()
    {
        var platform = fixture.Platform;
        var gateway = platform.ServiceUrl("gateway").ToString().TrimEnd('/');
        var auth = platform.ServiceUrl("auth").ToString().TrimEnd('/');

        foreach (var name in Projects)
        {
            var environment = await platform.EnvironmentOfAsync(name);
            Assert.Equal(gateway, environment["Platform__PublicBaseUrl"].TrimEnd('/'));
            Assert.Equal(auth, environment["services__auth__http__0"].TrimEnd('/'));
            Assert.Equal(name == "auth", environment.ContainsKey("Auth__Admin__Password"));
        }
        var authEnvironment = await platform.EnvironmentOfAsync("auth");
        Assert.Equal(platform.AdminEmail, authEnvironment["Auth__Admin__Email"]);
        Assert.Equal(AdminAccount.DefaultEmail, platform.AdminEmail);
        Assert.True(platform.AdminPassword.Length >= 16);

        using var client = platform.CreateGatewayClient();
        using var health = await client.GetAsync("/health");
        Assert.True(health.IsSuccessStatusCode, await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Generated_admin_password_is_kept_private_in_the_data_folder_and_reused()
    {
        var data = Path.Combine(Path.GetTempPath(), "admin-password-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var first = await AdminPasswordOfAsync($"--Platform:DataFolder={data}");
            var again = await AdminPasswordOfAsync($"--Platform:DataFolder={data}");

            var file = Path.Combine(data, "admin-password");
            Assert.Equal(first, again);
            Assert.Equal(first, File.ReadAllText(file).Trim());
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        finally
        {
            if (Directory.Exists(data))
                Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Configured_admin_password_is_used_and_never_written_to_disk()
    {
        var data = Path.Combine(Path.GetTempPath(), "admin-password-" + Guid.NewGuid().ToString("N")[..8]);

        var password = await AdminPasswordOfAsync($"--Platform:DataFolder={data}", "--PLATFORM_ADMIN_PASSWORD=Configured-Passw0rd-123");

        Assert.Equal("Configured-Passw0rd-123", password);
        Assert.False(File.Exists(Path.Combine(data, "admin-password")));
    }

    // The AppHost settles the admin while it builds its model; nothing needs to start.
    private static async Task<string?> AdminPasswordOfAsync(params string[] args)
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args);
        return builder.Configuration[$"Parameters:{AdminAccount.PasswordParameter}"];
    }
}
