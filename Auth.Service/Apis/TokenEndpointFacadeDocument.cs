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
                "Answers an access token (a JWT for 15 minutes) and a refresh token. Repeated failures lock the account out for a while.",
                Body(("email", "string", "Email address of the account."), ("password", "string", "The account's password.")), lockedOut: true);
            document.Paths[TokenEndpointFacade.RefreshPath] = Post("Exchange a refresh token for a new pair (the old one is used up)",
                "Using a refresh token a second time revokes every token of its sign-in, since it may have been stolen.",
                Body(("refreshToken", "string", "The refresh token from the last sign-in or refresh.")), lockedOut: false);
            return Task.CompletedTask;
        });

    private static OpenApiPathItem Post(string summary, string description, OpenApiSchema body, bool lockedOut)
    {
        var responses = new OpenApiResponses
        {
            ["200"] = Json("Tokens issued", Body(
                ("accessToken", "string", "JWT to send as 'Authorization: Bearer <token>' to every service."),
                ("refreshToken", "string", "Opaque token for POST /api/auth/refresh; works once."),
                ("expiresIn", "integer", "Seconds until the access token expires."),
                ("tokenType", "string", "Always Bearer."))),
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
                    Description = description,
                    Tags = new HashSet<OpenApiTagReference> { new("Accounts") },
                    RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/json"] = new() { Schema = WithAllRequired(body) },
                        },
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

    private static OpenApiSchema Problem() => Body(
        ("type", "string", "A URI naming the kind of problem."),
        ("title", "string", "What went wrong, in words a person understands."),
        ("status", "integer", "The HTTP status code."),
        ("detail", "string", "This occurrence of the problem explained, often with what to do next."));

    private static OpenApiSchema WithAllRequired(OpenApiSchema body)
    {
        body.Required = body.Properties!.Keys.ToHashSet();
        return body;
    }

    private static OpenApiSchema Body(params (string Name, string Type, string Description)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = properties.ToDictionary(p => p.Name, p => (IOpenApiSchema)new OpenApiSchema
        {
            Type = p.Type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String,
            Description = p.Description,
        }),
    };
}
