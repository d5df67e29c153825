using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Notifications.Service.Mail;

// Opens one SMTP session per batch of notifications.
public sealed class SmtpMailer(SmtpEndpoint endpoint, IOptions<NotificationsOptions> options)
{
    public async Task<SmtpSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)options.Value.SmtpTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, endpoint.Security, cancellationToken);
            if (endpoint.UserName is not null)
                await client.AuthenticateAsync(endpoint.UserName, endpoint.Password ?? "", cancellationToken);
            return new SmtpSession(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public sealed class SmtpSession(SmtpClient client) : IAsyncDisposable
    {
        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                    await client.DisconnectAsync(quit: true);
            }
            catch (Exception)
            {
                // The mail was already accepted or refused; a failing QUIT changes neither.
            }
            client.Dispose();
        }
    }
}
