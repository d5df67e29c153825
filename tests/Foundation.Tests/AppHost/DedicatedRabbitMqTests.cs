using System.Net.Sockets;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.AppHost;

[Collection(AppHostProcessesCollection.Name)]
public sealed class DedicatedRabbitMqTests
{
    [Fact]
    public async Task Broker_goes_away_on_stop_and_comes_back_on_the_same_address()
    {
        await using var broker = await DedicatedRabbitMq.StartAsync();
        var address = broker.ConnectionString;
        var uri = new Uri(address);
        Assert.True(await AcceptsAsync(uri));

        await broker.StopAsync();
        Assert.False(await AcceptsAsync(uri));

        await broker.StartAgainAsync();
        Assert.Equal(address, broker.ConnectionString);
        Assert.True(await AcceptsAsync(uri));
    }

    private static async Task<bool> AcceptsAsync(Uri amqp)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(amqp.Host, amqp.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
