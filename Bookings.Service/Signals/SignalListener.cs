using Bookings.Service.Catalog.Memory;
using Bookings.Service.Extensions;
using Bookings.Service.Inventory;
using Npgsql;

namespace Bookings.Service.Signals;

// Listens on one dedicated connection for the other instances' catalog and seat signals (and this
// instance's own), and keeps the memory trusted only while it does.
public sealed partial class SignalListener(
    IConfiguration configuration, CatalogMemory catalog, SoldOutBoard soldOut, MemoryTrust trust, ILogger<SignalListener> logger) : BackgroundService
{
    static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(ApplicationServiceExtensions.DatabaseName))
        {
            Pooling = false, // outside the request pool's budget, and never handed to anyone else
            KeepAlive = 15,
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDeaf(exception.Message);
            }
            finally
            {
                trust.Deaf();
            }
            try
            {
                await Task.Delay(RetryAfter, stoppingToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) => Apply(notification.Channel, notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {SignalChannels.Catalog}; LISTEN {SignalChannels.Seats}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        // Whatever changed while nobody listened is unknown: start from the database again.
        catalog.ForgetEverything();
        soldOut.ForgetEverything();
        trust.Listening();
        while (!stoppingToken.IsCancellationRequested)
            await connection.WaitAsync(stoppingToken);
    }

    void Apply(string channel, string payload)
    {
        var parts = payload.Split(' ');
        switch (channel, parts)
        {
            case (SignalChannels.Catalog, [var eventId, var organizationId]):
                catalog.Forget(Guid.Parse(eventId), Guid.Parse(organizationId));
                break;
            case (SignalChannels.Seats, [SignalChannels.Reopened, var occurrenceId, var ticketTypeId]):
                soldOut.Reopened(Guid.Parse(occurrenceId), Guid.Parse(ticketTypeId));
                break;
            case (SignalChannels.Seats, [SignalChannels.SoldOut, var occurrenceId, var ticketTypeId]):
                soldOut.SoldOutElsewhere(Guid.Parse(occurrenceId), Guid.Parse(ticketTypeId));
                break;
            default:
                LogUnknown(channel, payload);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for catalog and seat signals, every placement asks the database until it listens again: {Reason}")]
    partial void LogDeaf(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown signal on {Channel}: {Payload}")]
    partial void LogUnknown(string channel, string payload);
}
