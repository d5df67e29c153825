namespace Platform.Gateway.GraphQL.Http;

// GraphQL over HTTP's two response types: the spec's own (status codes carry meaning) and plain JSON (always 200 once understood).
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response type the client accepts, preferring the spec's; null when it accepts neither.</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept))
            return GraphQLResponse;
        var types = accept.Split(',').Select(part => part.Split(';')[0].Trim().ToLowerInvariant()).ToList();
        if (types.Contains(GraphQLResponse))
            return GraphQLResponse;
        if (types.Contains(Json))
            return Json;
        return types.Any(type => type is "*/*" or "application/*") ? GraphQLResponse : null;
    }
}
