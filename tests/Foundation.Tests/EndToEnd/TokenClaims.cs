using System.Text;
using System.Text.Json;

namespace Platform.Foundation.Tests.EndToEnd;

// Reads an access token's payload the way any client may: it is a JWT, readable but not trusted here.
internal static class TokenClaims
{
    public static IReadOnlyDictionary<string, string> Of(string accessToken) =>
        Payload(accessToken).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());

    public static IReadOnlyList<string> All(string accessToken, string type) =>
        Payload(accessToken).TryGetProperty(type, out var value)
            ? value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : [value.GetString()!]
            : [];

    private static JsonElement Payload(string accessToken)
    {
        var part = accessToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=')));
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
