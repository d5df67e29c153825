using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Options;
using Platform.Gateway.GraphQL.Downstream;
using Platform.Gateway.GraphQL.Errors;

namespace Platform.Gateway.GraphQL.Http;

// POST /graphql (queries and mutations), GET /graphql (queries only) and GET /graphql/schema.graphql (the SDL),
// as the GraphQL-over-HTTP spec describes; GraphQL.Server's transport is not served, so this is ours.
public static class GraphQLEndpoints
{
    public const string Path = "/graphql";
    public const string SchemaPath = "/graphql/schema.graphql";

    public static WebApplication MapGraphQL(this WebApplication app)
    {
        app.MapPost(Path, PostAsync).ExcludeFromDescription();
        app.MapGet(Path, GetAsync).ExcludeFromDescription();
        app.MapGet(SchemaPath, (ISchema schema) =>
        {
            schema.Initialize();
            return TypedResults.Text(schema.Print(), "text/plain; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    static async Task PostAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        var read = await GraphQLRequestReader.FromPostAsync(http.Request, serializer);
        await RunAsync(http, serializer, read, getRequest: false);
    }

    static Task GetAsync(HttpContext http, IGraphQLTextSerializer serializer) =>
        RunAsync(http, serializer, GraphQLRequestReader.FromQueryString(http.Request, serializer), getRequest: true);

    static async Task RunAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLRequestReader.Outcome read, bool getRequest)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteRefusalAsync(http, serializer, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable,
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }
        if (read.Request is not { } request)
        {
            await WriteRefusalAsync(http, serializer, mediaType, read.Status, read.Problem!);
            return;
        }
        if (getRequest && ReadOnlyOperation.IsMutation(request.Query!, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteRefusalAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }

        var result = await http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        if (http.RequestServices.GetRequiredService<IOptions<GraphQLOptions>>().Value.ReportDownstreamCalls)
        {
            var calls = http.RequestServices.GetRequiredService<DownstreamCallCount>();
            result.Extensions ??= [];
            result.Extensions["downstreamCalls"] = new Dictionary<string, object?> { ["total"] = calls.Total, ["byService"] = calls.ByService };
        }

        // The spec's media type tells a request that never ran (unreadable, invalid, over a limit) by its 400.
        var status = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, serializer, mediaType, status, result);
    }

    static Task WriteRefusalAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message) =>
        WriteAsync(http, serializer, mediaType, status, new ExecutionResult
        {
            Errors = [new ExecutionError(message) { Code = ErrorCodes.BadRequest }],
        });

    static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
