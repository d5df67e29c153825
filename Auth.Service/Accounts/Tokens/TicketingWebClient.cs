using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Auth.Service.Accounts.Tokens;

// The public client the web front end and the friendly JSON endpoints use at the token endpoint.
public static class TicketingWebClient
{
    public const string ClientId = "ticketing-web";

    public static OpenIddictApplicationDescriptor Descriptor() => new()
    {
        ClientId = ClientId,
        ClientType = ClientTypes.Public,
        DisplayName = "Ticketing web",
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.Password,
            Permissions.GrantTypes.RefreshToken,
        },
    };
}
