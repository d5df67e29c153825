using Auth.Service.Infrastructure;
using Platform.ServiceDefaults.Correlation;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Services;

public sealed class CorrelationIdTests
{
    [Fact]
    public async Task Valid_incoming_correlation_id_is_echoed()
    {
        await using var factory = await ServiceFactory<AuthDbContext>.CreateAsync("authdb");
        var client = factory.CreateClient();

        Assert.Equal("order-42:retry_1.a", await CorrelationIdReturnedFor(client, "order-42:retry_1.a"));
    }

    [Fact]
    public async Task Missing_correlation_id_is_generated_fresh_per_request()
    {
        await using var factory = await ServiceFactory<AuthDbContext>.CreateAsync("authdb");
        var client = factory.CreateClient();

        var first = await CorrelationIdReturnedFor(client, null);
        var second = await CorrelationIdReturnedFor(client, null);

        Assert.True(CorrelationId.IsValid(first));
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("ünïcode")]
    [InlineData("a-65-characters-long-id-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Invalid_correlation_id_is_replaced(string invalid)
    {
        await using var factory = await ServiceFactory<AuthDbContext>.CreateAsync("authdb");
        var client = factory.CreateClient();

        var returned = await CorrelationIdReturnedFor(client, invalid);

        Assert.NotEqual(invalid, returned);
        Assert.True(CorrelationId.IsValid(returned));
    }

    [Fact]
    public async Task Outgoing_http_call_carries_the_current_correlation_id()
    {
        var context = new CorrelationContext { CorrelationId = "outgoing-7" };
        var recorder = new RecordingHandler();
        using var client = new HttpClient(new CorrelationIdPropagationHandler(context) { InnerHandler = recorder });

        await client.GetAsync("http://events/api/events");

        Assert.Equal(["outgoing-7"], recorder.Last!.Headers.GetValues(CorrelationId.HeaderName));
    }

    private static async Task<string> CorrelationIdReturnedFor(HttpClient client, string? sent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alive");
        if (sent is not null) request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, sent);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName));
    }

    // Stands in for the network at the end of the handler chain, so the test sees what would be sent.
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public HttpRequestMessage? Last { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Last = request;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}
