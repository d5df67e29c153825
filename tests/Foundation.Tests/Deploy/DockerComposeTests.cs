using Xunit;

namespace Platform.Foundation.Tests.Deploy;

public sealed class DockerComposeTests
{
    private const string DashboardImage = "mcr.microsoft.com/dotnet/aspire-dashboard";
    private readonly ComposeFile _compose = ComposeFile.Load();

    public static TheoryData<string> BackendServices() =>
        new(RepositoryLayout.WebProjects().Where(project => project != "Gateway"));

    [Fact]
    public void Every_web_project_of_the_solution_is_a_compose_service_built_from_the_shared_Dockerfile()
    {
        var projects = RepositoryLayout.WebProjects();
        Assert.Contains("Gateway", projects);
        Assert.Equal(6, projects.Count);

        foreach (var project in projects)
        {
            Assert.True(_compose.Services.TryGetValue(RepositoryLayout.ResourceNameOf(project), out var service),
                $"compose has no service '{RepositoryLayout.ResourceNameOf(project)}' for {project}");
            Assert.Equal("..", service.BuildContext);
            Assert.Equal("deploy/Dockerfile", service.Dockerfile);
            Assert.Equal(project, service.BuildArgs.GetValueOrDefault("PROJECT"));
            Assert.Equal(RepositoryLayout.ResourceNameOf(project), service.Environment.GetValueOrDefault("OTEL_SERVICE_NAME"));
            AssertUri(service, "OTEL_EXPORTER_OTLP_ENDPOINT", _compose.ServiceRunning(DashboardImage).Name);
            // Token issuer and email links: every project fails at start without it.
            Assert.False(string.IsNullOrEmpty(service.Environment.GetValueOrDefault("Platform__PublicBaseUrl")),
                $"{project}: Platform__PublicBaseUrl missing");
        }
    }

    [Theory]
    [MemberData(nameof(BackendServices))]
    public void Service_reads_token_keys_from_the_auth_service(string project)
    {
        var service = _compose.Services[RepositoryLayout.ResourceNameOf(project)];
        AssertUri(service, "services__auth__http__0", "auth");
    }

    [Fact]
    public void Auth_gets_the_platform_admin_from_the_environment()
    {
        var auth = _compose.Services["auth"];
        Assert.False(string.IsNullOrEmpty(auth.Environment.GetValueOrDefault("Auth__Admin__Email")), "Auth__Admin__Email missing");
        Assert.Contains("${ADMIN_PASSWORD", auth.Environment.GetValueOrDefault("Auth__Admin__Password") ?? "");
    }

    [Theory]
    [MemberData(nameof(BackendServices))]
    public void Service_gets_its_database_redis_and_rabbitmq_and_waits_for_them_healthy(string project)
    {
        var name = RepositoryLayout.ResourceNameOf(project);
        var service = _compose.Services[name];
        var postgres = _compose.ServiceRunning("postgres:");
        var redis = _compose.ServiceRunning("redis:");
        var rabbitmq = _compose.ServiceRunning("rabbitmq:");

        var database = ConnectionStringParts(service.Environment.GetValueOrDefault($"ConnectionStrings__{name}db")
            ?? throw new Xunit.Sdk.XunitException($"{name}: ConnectionStrings__{name}db missing"));
        Assert.Equal(postgres.Name, database["host"]);
        Assert.Equal($"{name}db", database["database"]);
        Assert.True(database.ContainsKey("username") && database.ContainsKey("password"), $"{name}: database credentials missing");

        Assert.Equal($"{redis.Name}:6379", service.Environment.GetValueOrDefault("ConnectionStrings__redis"));
        var broker = AssertUri(service, "ConnectionStrings__rabbitmq", rabbitmq.Name);
        Assert.Equal("amqp", broker.Scheme);
        Assert.Contains(':', broker.UserInfo);

        foreach (var dependency in new[] { postgres.Name, redis.Name, rabbitmq.Name })
            Assert.Equal("service_healthy", service.DependsOn.GetValueOrDefault(dependency));
        Assert.True(service.HasHealthcheck, $"{name} has no healthcheck");
    }

    [Fact]
    public void Notifications_gets_the_smtp_sink_and_waits_for_it()
    {
        var notifications = _compose.Services["notifications"];
        var smtp = _compose.Services.Values.Single(service => service.Image?.Contains("mailpit") == true);

        var address = AssertUri(notifications, "ConnectionStrings__smtp", smtp.Name);
        Assert.Equal("smtp", address.Scheme);
        Assert.Equal("service_healthy", notifications.DependsOn.GetValueOrDefault(smtp.Name));
    }

    [Fact]
    public void Gateway_gets_every_service_address_and_waits_for_each_healthy()
    {
        var gateway = _compose.Services["gateway"];

        foreach (var project in RepositoryLayout.WebProjects().Where(project => project != "Gateway"))
        {
            var name = RepositoryLayout.ResourceNameOf(project);
            var address = AssertUri(gateway, $"services__{name}__http__0", name);
            Assert.Equal(8080, address.Port);
            Assert.Equal("service_healthy", gateway.DependsOn.GetValueOrDefault(name));
        }
    }

    [Fact]
    public void Every_healthy_condition_waits_on_a_service_that_has_a_healthcheck()
    {
        foreach (var service in _compose.Services.Values)
        foreach (var (dependency, condition) in service.DependsOn)
        {
            Assert.True(_compose.Services.ContainsKey(dependency), $"{service.Name} depends on unknown '{dependency}'");
            if (condition == "service_healthy")
                Assert.True(_compose.Services[dependency].HasHealthcheck, $"{service.Name} waits for {dependency} healthy, which has no healthcheck");
        }
    }

    [Fact]
    public void Postgres_init_script_creates_every_service_database()
    {
        var postgres = _compose.ServiceRunning("postgres:");
        var initMount = postgres.Volumes.Single(volume => volume.Contains("/docker-entrypoint-initdb.d"));
        var initFolder = Path.GetFullPath(Path.Combine(RepositoryLayout.PathOf("deploy"), initMount.Split(':')[0]));
        var scripts = string.Join("\n", Directory.GetFiles(initFolder, "*.sql").Select(File.ReadAllText));

        foreach (var project in RepositoryLayout.WebProjects().Where(project => project != "Gateway"))
            Assert.Contains($"CREATE DATABASE {RepositoryLayout.ResourceNameOf(project)}db;", scripts);
    }

    private static Uri AssertUri(ComposeService service, string variable, string expectedHost)
    {
        var value = service.Environment.GetValueOrDefault(variable)
            ?? throw new Xunit.Sdk.XunitException($"{service.Name}: {variable} missing");
        Assert.True(Uri.TryCreate(value, UriKind.Absolute, out var uri), $"{service.Name}: {variable}='{value}' is not a URI");
        Assert.Equal(expectedHost, uri.Host);
        return uri;
    }

    private static Dictionary<string, string> ConnectionStringParts(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim().ToLowerInvariant(), pair => pair[1].Trim());
}
