using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Platform.AppHost.Dashboard;

/// <summary>The login token printed at start; /login?t=… trades it for an HttpOnly cookie.</summary>
internal sealed class DashboardToken(string? given)
{
    public const string CookieName = "platform-dashboard";

    public string Value { get; } = given ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(Value));

    public bool IsSignedIn(HttpContext http) => Matches(http.Request.Cookies[CookieName]);

    public void SignIn(HttpContext http) => http.Response.Cookies.Append(CookieName, Value, new CookieOptions
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
    });
}
