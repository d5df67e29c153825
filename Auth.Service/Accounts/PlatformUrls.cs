using System.ComponentModel.DataAnnotations;

namespace Auth.Service.Accounts;

// The gateway's public address: the tokens' issuer and the base of every link in an email.
public sealed class PlatformUrls
{
    public const string SectionName = "Platform";

    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "";

    public Uri Base => new(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/");

    public Uri Link(string relativePath) => new(Base, relativePath);
}
