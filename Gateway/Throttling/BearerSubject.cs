using Microsoft.IdentityModel.JsonWebTokens;

namespace Platform.Gateway.Throttling;

// The caller's user id for rate-limit partitions, read from the bearer token WITHOUT checking its
// signature: the services validate tokens; here a forged subject only buys a budget of its own, and
// the per-IP budget still caps the address it comes from.
public static class BearerSubject
{
    const int MaxTokenLength = 16 * 1024;
    const int MaxSubjectLength = 128;
    static readonly object ItemKey = new();
    static readonly JsonWebTokenHandler Reader = new();

    public static string? Of(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var cached))
            return cached as string;
        var subject = Read(context.Request);
        context.Items[ItemKey] = subject;
        return subject;
    }

    static string? Read(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length > MaxTokenLength)
            return null;
        var token = header[scheme.Length..].Trim();
        try
        {
            if (!Reader.CanReadToken(token))
                return null;
            var jwt = Reader.ReadJsonWebToken(token);
            return jwt.TryGetPayloadValue<string>("sub", out var subject)
                   && !string.IsNullOrWhiteSpace(subject)
                   && subject.Length <= MaxSubjectLength
                ? subject
                : null;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or System.Text.Json.JsonException
                                              or Microsoft.IdentityModel.Tokens.SecurityTokenException)
        {
            return null;
        }
    }
}
