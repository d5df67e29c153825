using Microsoft.AspNetCore.Mvc;

namespace Platform.ServiceDefaults.OpenApi;

// The members of an RFC 9457 problem, as every service fills them.
public static class ProblemFieldDescriptions
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = "A URI naming the kind of problem.",
        ["title"] = "What went wrong, in words a person understands.",
        ["status"] = "The HTTP status code.",
        ["detail"] = "This occurrence of the problem explained, often with what to do next.",
        ["instance"] = "The request path that met the problem.",
        ["errors"] = "Each field at fault with what is wrong with it.",
    };

    public static string? Describe(Type type, string name) =>
        typeof(ProblemDetails).IsAssignableFrom(type) ? Words.GetValueOrDefault(name) : null;
}
