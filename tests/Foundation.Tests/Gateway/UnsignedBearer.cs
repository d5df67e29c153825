using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.Foundation.Tests.Gateway;

// A JWT-shaped bearer token for a given subject. The gateway reads the subject for its budgets without
// checking the signature (the services do), so these tests need no issuer.
public static class UnsignedBearer
{
    public static AuthenticationHeaderValue For(string subject) =>
        new("Bearer", $"{Segment(new { alg = "ES256", typ = "at+jwt" })}.{Segment(new { sub = subject, aud = "ticketing-api" })}.c2lnbmF0dXJl");

    static string Segment(object value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
