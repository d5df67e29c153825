namespace Platform.Gateway.Throttling;

// The routes where each request is a guess at someone's password or inbox, throttled hardest.
public static class CredentialRoutes
{
    public static readonly string[] Paths =
    [
        "/api/auth/sign-in",
        "/api/auth/register",
        "/api/auth/forgot-password",
        "/connect/token",
    ];

    public static bool Matches(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && Paths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
                             || request.Path.Equals(path + "/", StringComparison.OrdinalIgnoreCase));
}
