namespace Platform.AppHost;

/// <summary>The platform's resources and how they reference each other, in Aspire's shape.</summary>
public sealed class PlatformModel
{
    public static readonly string[] DatabaseNames = ["authdb", "eventsdb", "bookingsdb", "paymentsdb", "notificationsdb"];

    private readonly List<Resource> _resources = [];

    private PlatformModel(PlatformOptions options) => Options = options;

    public PlatformOptions Options { get; }

    public IReadOnlyList<Resource> Resources => _resources;

    public Resource this[string name] => _resources.FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"The platform has no resource named '{name}'.");

    public static PlatformModel Create(PlatformOptions options)
    {
        options.Validate();
        FreePort.Reserve([options.PostgresPort, options.RedisPort, options.RabbitMqPort, options.RabbitMqManagementPort,
            options.SmtpPort, .. options.ProjectPorts.Values]);
        var model = new PlatformModel(options);
        string? External(string name) => options.ExternalConnectionStrings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        var postgres = model.Add(new PostgresServerResource("postgres", options.PostgresPort, External("postgres")));
        var databases = DatabaseNames.ToDictionary(name => name,
            name => model.Add(new PostgresDatabaseResource(name, name + options.DatabaseNameSuffix, postgres)));
        foreach (var database in databases.Values)
            database.AddWaitFor(postgres);
        var redis = model.Add(new RedisResource("redis", options.RedisPort, External("redis")));
        var rabbitmq = model.Add(new RabbitMqResource("rabbitmq", options.RabbitMqPort, options.RabbitMqManagementPort, External("rabbitmq")));
        var smtp = model.Add(new SmtpResource("smtp", options.SmtpPort, External("smtp")));
        if (!options.IncludeProjects)
            return model.Only(options.Include);

        ProjectResource Service(string name, string project, string database) =>
            model.Add(new ProjectResource(name, project))
                .WithReference(databases[database]).WithReference(redis).WithReference(rabbitmq);

        var auth = Service("auth", "Auth.Service", "authdb");
        // Declared before events, which references it (a resource waits only for those declared earlier).
        var bookings = Service("bookings", "Bookings.Service", "bookingsdb");
        var events = Service("events", "Events.Service", "eventsdb");
        var payments = Service("payments", "Payments.Service", "paymentsdb");
        var notifications = Service("notifications", "Notifications.Service", "notificationsdb").WithReference(smtp);
        // Lowering a ticket type's capacity asks Bookings synchronously while the organizer waits.
        events.WithReference(bookings);
        var gateway = model.Add(new ProjectResource("gateway", "Gateway"))
            .WithReference(auth).WithReference(events).WithReference(bookings).WithReference(payments).WithReference(notifications);

        // Tokens name the gateway as issuer; every project validates them against Auth's keys, read
        // lazily, so nobody has to wait for Auth to start.
        foreach (var project in model.Resources.OfType<ProjectResource>())
        {
            project.WithEnvironment("Platform__PublicBaseUrl", _ => gateway.Url.ToString())
                .WithEnvironment("services__auth__http__0", _ => auth.Url.ToString().TrimEnd('/'));
        }
        auth.WithEnvironment("Auth__Admin__Email", context => context.Admin.Email)
            .WithEnvironment("Auth__Admin__Password", context => context.Admin.Password);
        return model.Only(options.Include);
    }

    private PlatformModel Only(IReadOnlyCollection<string>? include)
    {
        if (include is null)
            return this;
        _resources.RemoveAll(r => !include.Contains(r.Name));
        foreach (var resource in _resources)
        {
            if (resource.WaitsFor.FirstOrDefault(w => !_resources.Contains(w)) is { } missing)
                throw new ArgumentException($"PlatformOptions.Include has {resource.Name} but not {missing.Name}, which it waits for.", nameof(PlatformOptions.Include));
        }
        return this;
    }

    private T Add<T>(T resource) where T : Resource
    {
        _resources.Add(resource);
        return resource;
    }

    /// <summary>Starts infrastructure, waits until it is healthy, then the projects; stops everything again if any part fails.</summary>
    public async Task<PlatformApp> StartAsync(CancellationToken ct = default)
    {
        var app = new PlatformApp(this, new RunContext(Options, Options.RunTag ?? RunTag.NewValue()));
        try
        {
            await app.StartAsync(ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
