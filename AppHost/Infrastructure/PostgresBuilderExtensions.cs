using Npgsql;

namespace Platform.AppHost.Infrastructure;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// The platform's PostgreSQL: the server the user gives as ConnectionStrings:postgres, else Debian's
    /// PostgreSQL run as an executable with its data under <paramref name="dataFolder"/> (initdb on first start).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformPostgres(this IDistributedApplicationBuilder builder,
        string name, string dataFolder, int? port, bool durable)
    {
        var healthCheck = $"{name}_check";
        string? connectionString = null;
        builder.Services.AddHealthChecks().AddNpgSql(_ => connectionString + ";Database=postgres;Timeout=3", name: healthCheck);

        IResourceBuilder<IResourceWithConnectionString> server;
        if (builder.GivenConnectionString(name) is { } given)
        {
            connectionString = given;
            server = builder.AddExternalServer(name, given);
        }
        else
        {
            var folder = PostgresDataFolder.Choose(dataFolder);
            var local = builder.AddResource(new PostgresServerResource(name, PostgresBinaries.Command, dataFolder))
                .WithServerEndpoint(port)
                .WithArgs(context => context.Args.Append(PostgresBinaries.ServerArguments(folder, durable,
                    ((PostgresServerResource)context.Resource).Endpoint.Property(EndpointProperty.TargetPort))))
                .OnBeforeResourceStarted((_, _, ct) => PostgresBinaries.InitializeAsync(folder, ct))
                .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct));
            server = builder.CreateResourceBuilder<IResourceWithConnectionString>(local.Resource);
        }
        server.WithHealthCheck(healthCheck)
            .OnResourceReady(async (resource, @event, ct) => await CreateDatabasesAsync(builder, resource, connectionString!, @event.Services, ct));
        return server;
    }

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<IResourceWithConnectionString> server, string name, string databaseName) =>
        server.ApplicationBuilder.AddResource(new PostgresDatabaseResource(name, databaseName, server.Resource));

    // A database is a child of a server, and Aspire hands state down only to a container's children: report it ourselves.
    private static async Task CreateDatabasesAsync(IDistributedApplicationBuilder builder, IResource server, string connectionString,
        IServiceProvider services, CancellationToken ct)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        // Not pooled: runs again whenever a dependent starts, and a pooled connection from before a server crash fails it.
        await using var connection = new NpgsqlConnection(connectionString + ";Database=postgres;Pooling=false");
        await connection.OpenAsync(ct);
        foreach (var database in builder.Resources.OfType<PostgresDatabaseResource>().Where(d => d.Parent == server))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
            }
            await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running });
        }
    }
}
