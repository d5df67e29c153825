using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.AppHost.Infrastructure;

public static class SmtpBuilderExtensions
{
    /// <summary>ConnectionStrings:smtp when given, else an SMTP sink storing every mail in <paramref name="dataFolder"/>/maildir.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformSmtp(this IDistributedApplicationBuilder builder,
        string name, string dataFolder, int? port)
    {
        var healthCheck = $"{name}_check";
        string? connectionString = builder.GivenConnectionString(name);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheck, _ => new SmtpBannerHealthCheck(() => connectionString), null, null));
        if (connectionString is not null)
            return builder.AddExternalServer(name, connectionString).WithHealthCheck(healthCheck);

        var maildir = Path.Combine(dataFolder, "maildir");
        var smtp = builder.AddResource(new SmtpSinkResource(name, dataFolder))
            .WithServerEndpoint(port)
            .WithArgs(context => context.Args.Append(["-m", "aiosmtpd", "-n",
                "-l", ReferenceExpression.Create($"127.0.0.1:{((SmtpSinkResource)context.Resource).Endpoint.Property(EndpointProperty.TargetPort)}"),
                "-c", "aiosmtpd.handlers.Mailbox", maildir]))
            .OnBeforeResourceStarted((_, _, _) =>
            {
                // Python's Maildir makes tmp/new/cur only when the root is missing too.
                foreach (var folder in new[] { "tmp", "new", "cur" })
                    Directory.CreateDirectory(Path.Combine(maildir, folder));
                return Task.CompletedTask;
            })
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .WithHealthCheck(healthCheck);
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(smtp.Resource);
    }
}
