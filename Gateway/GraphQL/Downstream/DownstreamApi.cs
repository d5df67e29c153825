using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Gateway.GraphQL.Errors;

namespace Platform.Gateway.GraphQL.Downstream;

// The one way resolvers reach a service: the caller's own bearer token goes along, every call is counted,
// and a refusal becomes a GraphQL error carrying the service's ProblemDetails (code, reason, fields).
public sealed class DownstreamApi(IHttpClientFactory clients, IHttpContextAccessor http, DownstreamCallCount calls)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync<T>(string service, string path, CancellationToken cancellationToken) =>
        (await SendAsync<T>(service, HttpMethod.Get, path, body: null, idempotencyKey: null, cancellationToken))!;

    public async Task<T?> SendAsync<T>(string service, HttpMethod method, string path, object? body, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (http.HttpContext?.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization
            && AuthenticationHeaderValue.TryParse(authorization, out var bearer))
            request.Headers.Authorization = bearer;
        if (idempotencyKey is not null)
            request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, idempotencyKey);
        if (body is not null)
            request.Content = JsonContent.Create(body, options: Json);

        calls.Add(service);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ServiceNames.HttpClientName(service)).SendAsync(request, cancellationToken);
        }
        // Unreachable, timed out, or its circuit is open: one clear error naming the service, never its address.
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw ServiceRefusal.Unavailable(service);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
                return response.StatusCode == HttpStatusCode.NoContent
                    ? default
                    : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
            throw await ServiceRefusal.FromResponseAsync(service, response, cancellationToken);
        }
    }
}
