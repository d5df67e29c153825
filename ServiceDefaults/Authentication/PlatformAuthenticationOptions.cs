using System.ComponentModel.DataAnnotations;

namespace Platform.ServiceDefaults.Authentication;

// Bound from the "Platform" section; validated at start so a missing address names itself.
public sealed class PlatformAuthenticationOptions
{
    public const string SectionName = "Platform";

    /// <summary>The named HttpClient that fetches the JWKS (a test host can give it another handler).</summary>
    public const string JwksHttpClientName = "platform-jwks";

    /// <summary>The gateway's public address: the issuer of every access token and the base of links in emails.</summary>
    [Required(ErrorMessage = "Platform:PublicBaseUrl is not set: give the gateway's public address, e.g. http://127.0.0.1:5080/ (environment variable Platform__PublicBaseUrl).")]
    [AbsoluteHttpUrl]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Where Auth publishes its signing keys; http://auth resolves through service discovery.</summary>
    [AbsoluteHttpUrl]
    public string JwksUrl { get; set; } = "http://auth/.well-known/jwks";

    /// <summary>An unknown key id fetches the key set again, at most this often.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Platform:JwksRefreshInterval must be between 1 second and 1 hour.")]
    public TimeSpan JwksRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The issuer exactly as tokens carry it: the public address with one trailing slash.</summary>
    public string Issuer => PublicBaseUrl!.TrimEnd('/') + "/";
}
