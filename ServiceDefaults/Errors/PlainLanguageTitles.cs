using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.ServiceDefaults.Errors;

// A bare status code (an empty 401, a 405 from routing) would reach people as "Unauthorized" or
// "Method Not Allowed" and nothing else; these say what happened and what to do.
internal static class PlainLanguageTitles
{
    public static void Apply(ProblemDetails problem, HttpContext http)
    {
        if (problem.Status is not { } status || !IsDefault(problem.Title, status))
            return;
        var request = $"{http.Request.Method} {http.Request.Path}";
        (problem.Title, var detail) = status switch
        {
            StatusCodes.Status400BadRequest => ("The request is not valid", "The request could not be read; check its body and parameters."),
            StatusCodes.Status401Unauthorized => ("Sign-in required",
                "This needs a valid access token: sign in with POST /api/auth/sign-in and send Authorization: Bearer <accessToken>."),
            StatusCodes.Status403Forbidden => ("Not allowed for your account", "You are signed in, but your account may not do this."),
            StatusCodes.Status404NotFound => ("Not found", $"Nothing answers {request}."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"{http.Request.Method} is not supported on {http.Request.Path}."),
            StatusCodes.Status406NotAcceptable => ("Not acceptable", "This answers application/json only."),
            StatusCodes.Status409Conflict => ("Conflict", "The request conflicts with the current state of the resource."),
            StatusCodes.Status413PayloadTooLarge => ("Request body too large", "Send a smaller body."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported content type", "Send the body as application/json."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Wait a moment and try again."),
            >= 500 => ("Something went wrong on our side", "The request could not be completed; try again in a moment."),
            _ => (ReasonPhrases.GetReasonPhrase(status), problem.Detail),
        };
        problem.Detail ??= detail;
    }

    // The framework's own titles are the bare reason phrases ("Unauthorized", "Not Found").
    static bool IsDefault(string? title, int status) =>
        string.IsNullOrEmpty(title)
        || string.Equals(title, ReasonPhrases.GetReasonPhrase(status), StringComparison.OrdinalIgnoreCase)
        || title.StartsWith("An error occurred", StringComparison.Ordinal);
}
