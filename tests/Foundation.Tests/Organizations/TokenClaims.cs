using System.Text;
using System.Text.Json;

namespace Platform.Foundation.Tests.Organizations;

// Reads a JWT's payload without validating it: the tests only look at what the token says.
internal static class TokenClaims
{
    public static List<string> Values(string jwt, string claim)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        var root = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement;
        if (!root.TryGetProperty(claim, out var value)) return [];
        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString()!).ToList()
            : [value.GetString()!];
    }
}
