using System.Net.Http.Headers;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Platform.AppHost.Infrastructure;

namespace Platform.Testing;

/// <summary>The management API of a RabbitMQ node the harness runs: virtual hosts for test isolation.</summary>
internal sealed class RabbitMqAdministration(DistributedApplication app, string resource)
{
    private HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = app.GetEndpoint(resource, RabbitMqServerResource.ManagementEndpointName), Timeout = TimeSpan.FromSeconds(30) };
        var credentials = Encoding.ASCII.GetBytes($"{RabbitMqServerResource.UserName}:{RabbitMqServerResource.Password}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        return client;
    }

    public async Task<string> CreateVirtualHostAsync(string virtualHost)
    {
        using var client = CreateClient();
        var escaped = Uri.EscapeDataString(virtualHost);
        // The management listener may open a moment after AMQP, which is what health waits for.
        await Retry.UntilSucceedsAsync(async () =>
        {
            using var created = await client.PutAsync($"api/vhosts/{escaped}", new StringContent("{}", Encoding.UTF8, "application/json"));
            created.EnsureSuccessStatusCode();
        }, "the RabbitMQ management API to create a virtual host", TimeSpan.FromSeconds(30));
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        using (var granted = await client.PutAsync($"api/permissions/{escaped}/{RabbitMqServerResource.UserName}", permissions))
            granted.EnsureSuccessStatusCode();
        var amqp = app.GetEndpoint(resource, "tcp");
        return $"amqp://{RabbitMqServerResource.UserName}:{RabbitMqServerResource.Password}@127.0.0.1:{amqp.Port}/{escaped}";
    }
}
