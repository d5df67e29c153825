using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Service.Apis;

// Sign-in and refresh are answered by TokenEndpointFacade before routing, so no endpoint describes them:
// this adds them to Auth's OpenAPI document with every outcome.
public static class TokenEndpointFacadeDocument
{
    public static OpenApiOptions DescribeTokenFacade(this OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Paths ??= new OpenApiPaths();
            document.Paths[TokenEndpointFacade.SignInPath] = Post("Sign in with email and password",
                Body(("email", "string"), ("password", "string")), lockedOut: true);
            document.Paths[TokenEndpointFacade.RefreshPath] = Post("Exchange a refresh token for a new pair (the old one is used up)",
                Body(("refreshToken", "string")), lockedOut: false);
            return Task.CompletedTask;
        });

    private static OpenApiPathItem Post(string summary, OpenApiSchema body, bool lockedOut)
    {
        var responses = new OpenApiResponses
        {
            ["200"] = Json("Tokens issued", Body(("accessToken", "string"), ("refreshToken", "string"), ("expiresIn", "integer"), ("tokenType", "string"))),
            ["400"] = Json("A field is missing, too long or malformed; errors name it", Problem(), "application/problem+json"),
            ["401"] = Json("The credentials or the refresh token are not valid", Problem(), "application/problem+json"),
        };
        if (lockedOut)
            responses["429"] = Json("Locked out after repeated failures; see Retry-After", Problem(), "application/problem+json");
        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Post] = new()
                {
                    Summary = summary,
                    Tags = new HashSet<OpenApiTagReference> { new("Accounts") },
                    RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = body } },
                    },
                    Responses = responses,
                },
            },
        };
    }

    private static OpenApiResponse Json(string description, OpenApiSchema schema, string mediaType = "application/json") => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new() { Schema = schema } },
    };

    private static OpenApiSchema Problem() => Body(("type", "string"), ("title", "string"), ("status", "integer"), ("detail", "string"));

    private static OpenApiSchema Body(params (string Name, string Type)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = properties.ToDictionary(p => p.Name, p => (IOpenApiSchema)new OpenApiSchema
        {
            Type = p.Type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String,
        }),
    };
}
