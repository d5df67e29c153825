using System.ComponentModel.DataAnnotations;

namespace Auth.Service.Accounts;

// The gateway's public address: the tokens' issuer and the base of every link in an email.
public sealed class PlatformUrls
{
    public const string SectionName = "Platform";

    // Only for a bare service started without the platform (foundation tests); the AppHost always sets it.
    private static readonly Uri Fallback = new("http://localhost/");

    [Url]
    public string? PublicBaseUrl { get; set; }

    public Uri Base => string.IsNullOrWhiteSpace(PublicBaseUrl)
        ? Fallback
        : new(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/");

    public Uri Link(string relativePath) => new(Base, relativePath);
}
