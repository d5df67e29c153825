using MailKit.Security;

namespace Notifications.Service.Mail;

// ConnectionStrings:smtp as smtp://[user:password@]host[:port] or smtps://… (TLS from the first byte).
public sealed record SmtpEndpoint(string Host, int Port, SecureSocketOptions Security, string? UserName, string? Password)
{
    public const string ConnectionName = "smtp";

    public static SmtpEndpoint Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)
            || !Uri.TryCreate(connectionString, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("smtp" or "smtps")
            || string.IsNullOrEmpty(uri.Host))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:smtp is not set or not smtp://host:port: give the mail server as smtp://[user:password@]host:port or smtps://… (environment variable ConnectionStrings__smtp).");
        }

        var secure = uri.Scheme == "smtps";
        var port = uri.IsDefaultPort || uri.Port < 0 ? (secure ? 465 : 25) : uri.Port;
        string? user = null, password = null;
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        return new SmtpEndpoint(
            uri.Host,
            port,
            secure ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable,
            user,
            password);
    }

    // For logs: never the credentials.
    public override string ToString() => $"{(Security == SecureSocketOptions.SslOnConnect ? "smtps" : "smtp")}://{Host}:{Port}";
}
