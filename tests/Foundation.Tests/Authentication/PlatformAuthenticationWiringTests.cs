using Platform.AppHost;
using Platform.Foundation.Tests.AppHost;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Authentication;

// What the AppHost tells each project so that tokens work across the platform, and the admin it bootstraps.
[Collection(AppHostProcessesCollection.Name)]
public sealed class PlatformAuthenticationWiringTests
{
    private static readonly string[] Projects = ["auth", "events", "bookings", "payments", "notifications", "gateway"];

    [Fact]
    public async Task Every_project_learns_the_gateway_as_issuer_and_where_auth_publishes_keys_and_only_auth_gets_the_admin()
    {
        await using var platform = await PlatformUnderTest.StartAsync();
        var gateway = platform.ServiceUrl("gateway").ToString();
        var auth = platform.ServiceUrl("auth").ToString().TrimEnd('/');

        foreach (var name in Projects)
        {
            var environment = platform.App.Get<ProjectResource>(name).LaunchEnvironment;
            Assert.Equal(gateway, environment["Platform__PublicBaseUrl"]);
            Assert.Equal(auth, environment["services__auth__http__0"]);
            Assert.Equal(name == "auth", environment.ContainsKey("Auth__Admin__Password"));
        }
        var authEnvironment = platform.App.Get<ProjectResource>("auth").LaunchEnvironment;
        Assert.Equal(platform.AdminEmail, authEnvironment["Auth__Admin__Email"]);
        Assert.Equal(platform.AdminPassword, authEnvironment["Auth__Admin__Password"]);
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
        var options = PlatformOptions.ForTests(data) with
        {
            AdminPassword = null,
            DeleteDataOnStop = false,
            IncludeProjects = false,
            Include = ["redis"],
        };
        try
        {
            string first;
            await using (var app = await PlatformModel.Create(options).StartAsync())
                first = app.Admin.Password;
            await using var again = await PlatformModel.Create(options).StartAsync();

            var file = Path.Combine(data, AdminAccount.PasswordFileName);
            Assert.Equal(first, again.Admin.Password);
            Assert.Equal(first, File.ReadAllText(file).Trim());
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.DoesNotContain(first, again.Admin.ToString());
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
        var options = PlatformOptions.ForTests(data) with
        {
            AdminEmail = "boss@example.com",
            AdminPassword = "Configured-Passw0rd-123",
            IncludeProjects = false,
            Include = ["redis"],
        };
        await using var app = await PlatformModel.Create(options).StartAsync();

        Assert.Equal(new AdminAccount("boss@example.com", "Configured-Passw0rd-123", "given"), app.Admin);
        Assert.False(File.Exists(Path.Combine(data, AdminAccount.PasswordFileName)));
    }
}
