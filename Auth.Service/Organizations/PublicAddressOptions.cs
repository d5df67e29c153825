using System.ComponentModel.DataAnnotations;

namespace Auth.Service.Organizations;

// The gateway's address as users reach it; invitation links point there.
public sealed class PublicAddressOptions
{
    public const string Section = "Platform";

    [Required, Url]
    public string PublicBaseUrl { get; set; } = "";

    public string Link(string relativePath) => PublicBaseUrl.TrimEnd('/') + "/" + relativePath.TrimStart('/');
}
