using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Foundation.Tests.Accounts;

// Reads a JWT's header and payload without verifying it: the tests look at what Auth put in.
internal static class Jwt
{
    public static (JsonElement Header, JsonElement Payload) Decode(string token)
    {
        var parts = token.Split('.');
        return (Part(parts[0]), Part(parts[1]));
    }

    public static IEnumerable<string> Audiences(JsonElement payload)
    {
        var aud = payload.GetProperty("aud");
        return aud.ValueKind == JsonValueKind.Array ? aud.EnumerateArray().Select(a => a.GetString()!) : [aud.GetString()!];
    }

    private static JsonElement Part(string part) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(part))).RootElement.Clone();
}
