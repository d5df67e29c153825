using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

// Someone (signed in or not) sending GraphQL documents to the gateway's /graphql.
internal sealed class GraphQLCaller(PlatformUnderTest platform, string? accessToken = null)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    readonly HttpClient _http = platform.CreateGatewayClient();

    public HttpClient Http => _http;

    public async Task<GraphQLAnswer> SendAsync(string query, object? variables = null, string accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd(accept);
        if (accessToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Runs a document that must succeed and returns its data.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var answer = await SendAsync(query, variables);
        Assert.True(answer.Status == HttpStatusCode.OK && answer.Errors.Count == 0, answer.ToString());
        return answer.Data;
    }

    /// <summary>Runs a document that must fail with exactly one error and returns it.</summary>
    public async Task<GraphQLAnswer> RefusedAsync(string query, object? variables = null)
    {
        var answer = await SendAsync(query, variables);
        Assert.True(answer.Errors.Count == 1, answer.ToString());
        return answer;
    }
}

internal sealed record GraphQLAnswer(HttpStatusCode Status, string? MediaType, string Text, JsonElement Body)
{
    public JsonElement Data => Body.TryGetProperty("data", out var data) ? data : default;

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public JsonElement Error => Errors.Single();

    public string? Code => Error.GetProperty("extensions").GetProperty("code").GetString();

    public string? Extension(string name) =>
        Error.GetProperty("extensions").TryGetProperty(name, out var value) ? value.ToString() : null;

    public int DownstreamCalls => Body.GetProperty("extensions").GetProperty("downstreamCalls").GetProperty("total").GetInt32();

    public int CallsTo(string service) =>
        Body.GetProperty("extensions").GetProperty("downstreamCalls").GetProperty("byService").TryGetProperty(service, out var count) ? count.GetInt32() : 0;

    public override string ToString() => $"{(int)Status} {MediaType}: {Text}";
}
