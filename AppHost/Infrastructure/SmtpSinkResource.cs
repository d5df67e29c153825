namespace Platform.AppHost.Infrastructure;

/// <summary>Debian's aiosmtpd storing every message it receives in a Maildir: a real SMTP server for development and tests.</summary>
public sealed class SmtpSinkResource(string name, string workingDirectory)
    : ExecutableResource(name, "/usr/bin/python3", workingDirectory), IResourceWithConnectionString
{
    public EndpointReference Endpoint => new(this, ServerEndpoints.Tcp);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"smtp://127.0.0.1:{Endpoint.Property(EndpointProperty.Port)}");
}
