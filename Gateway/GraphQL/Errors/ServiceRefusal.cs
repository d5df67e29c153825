using System.Text.Json;
using GraphQL;

namespace Platform.Gateway.GraphQL.Errors;

// A service said no: the GraphQL error carries what its ProblemDetails said under the same names
// (`reason`, `errors` by field, `seatsLeft` …) plus a `code`; `field` names the first field at fault.
// Trace and correlation ids, the instance path and the type URI stay behind.
public sealed class ServiceRefusal : ExecutionError
{
    static readonly HashSet<string> Withheld = ["type", "title", "status", "detail", "instance", "traceId", "correlationId"];

    ServiceRefusal(string message, string code, Dictionary<string, object?> extensions) : base(message)
    {
        Code = code;
        extensions["code"] = code;
        Extensions = extensions;
    }

    public static ServiceRefusal Unavailable(string service) =>
        new($"The {service} service is unavailable; try again shortly.", ErrorCodes.ServiceUnavailable,
            new Dictionary<string, object?> { ["service"] = service });

    public static ServiceRefusal Of(string code, string message, Dictionary<string, object?>? extensions = null) =>
        new(message, code, extensions ?? []);

    public static async Task<ServiceRefusal> FromResponseAsync(string service, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        JsonElement problem = default;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (text.Length > 0)
                problem = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
        }

        var extensions = new Dictionary<string, object?> { ["status"] = status };
        if (problem.ValueKind == JsonValueKind.Object)
            foreach (var member in problem.EnumerateObject().Where(m => !Withheld.Contains(m.Name)))
                extensions[member.Name] = member.Value;
        if (problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            extensions["field"] = errors.EnumerateObject().Select(e => e.Name).FirstOrDefault();
        if (status >= 500)
            extensions["service"] = service;
        if (status == 429 && response.Headers.RetryAfter?.Delta is { } wait)
            extensions["retryAfterSeconds"] = (int)Math.Ceiling(wait.TotalSeconds);

        // A hold refused for want of seats is the only 409 that names how many are left.
        var soldOut = status == 409 && extensions.ContainsKey("seatsLeft") && !extensions.ContainsKey("reason");
        var code = ErrorCodes.ForStatus(status, soldOut);
        return new ServiceRefusal(MessageOf(problem, code, service), code, extensions);
    }

    static string MessageOf(JsonElement problem, string code, string service)
    {
        string? Text(string name) => problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var title = Text("title");
        var detail = Text("detail");
        var message = string.Join(" ", new[] { title, detail }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return message.Length > 0 ? message : code switch
        {
            ErrorCodes.NotFound => "Not found.",
            ErrorCodes.Unauthenticated => "Sign in first: send your access token as 'Authorization: Bearer <token>'.",
            ErrorCodes.Forbidden => "You may not do this.",
            _ => $"The {service} service refused the request.",
        };
    }
}
