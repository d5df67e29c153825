namespace Platform.ServiceDefaults.Authentication;

// What Auth puts in an access token and every service reads back, as-is (no claim mapping).
public static class PlatformTokens
{
    public const string Audience = "ticketing-api";
    public const string AccessTokenType = "at+jwt";
    public static readonly string[] SigningAlgorithms = ["RS256", "ES256"];
}

public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string EmailVerified = "email_verified";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>One per membership, "&lt;organizationId&gt;:&lt;owner|staff&gt;".</summary>
    public const string Organization = "org";
}

public static class PlatformRoles
{
    public const string Admin = "admin";
    public const string Owner = "owner";
    public const string Staff = "staff";
}

public static class PlatformPolicies
{
    /// <summary>Any valid access token.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>A valid access token with the platform role "admin".</summary>
    public const string Admin = "admin";
}
