using GraphQL;
using GraphQL.Transport;

namespace Platform.Gateway.GraphQL.Http;

// Reads a GraphQL request from a POST's JSON body or a GET's query string, or says what is wrong with it.
public static class GraphQLRequestReader
{
    public sealed record Outcome(GraphQLRequest? Request, int Status, string? Problem);

    public static async Task<Outcome> FromPostAsync(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        var contentType = http.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(contentType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return new(null, StatusCodes.Status415UnsupportedMediaType, "POST /graphql takes a JSON body: send 'Content-Type: application/json'.");
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Body, http.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return new(null, StatusCodes.Status400BadRequest, "The body is not a GraphQL request: a JSON object with query, and optionally variables and operationName.");
        }
        return Checked(request);
    }

    public static Outcome FromQueryString(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        Inputs? variables = null;
        if (http.Query["variables"].ToString() is { Length: > 0 } json)
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(json);
            }
            catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                return new(null, StatusCodes.Status400BadRequest, "The variables parameter must be a JSON object.");
            }
        }
        return Checked(new GraphQLRequest
        {
            Query = http.Query["query"].ToString(),
            OperationName = http.Query["operationName"].ToString() is { Length: > 0 } name ? name : null,
            Variables = variables,
        });
    }

    static Outcome Checked(GraphQLRequest? request) => string.IsNullOrWhiteSpace(request?.Query)
        ? new(null, StatusCodes.Status400BadRequest, "The request has no query: send {\"query\": \"{ events { totalCount } }\"}.")
        : new(request, StatusCodes.Status200OK, null);
}
