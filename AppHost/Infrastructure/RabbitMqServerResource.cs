namespace Platform.AppHost.Infrastructure;

/// <summary>Debian's RabbitMQ run by the AppHost, with the management UI; the platform's user and password are fixed.</summary>
public sealed class RabbitMqServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "/usr/lib/rabbitmq/bin/rabbitmq-server", workingDirectory), IResourceWithConnectionString
{
    public const string UserName = "platform";
    public const string Password = "platform";
    public const string ManagementEndpointName = "management";
    public const string DistributionEndpointName = "distribution";

    public EndpointReference Endpoint => new(this, ServerEndpoints.Tcp);

    public EndpointReference Management => new(this, ManagementEndpointName);

    public EndpointReference Distribution => new(this, DistributionEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://{UserName}:{Password}@127.0.0.1:{Endpoint.Property(EndpointProperty.Port)}/");
}
