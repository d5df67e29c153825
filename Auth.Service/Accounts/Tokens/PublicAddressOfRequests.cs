using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Auth.Service.Accounts.Tokens;

// Requests reach Auth through the gateway (or, inside the platform, at Auth's own port). Either way the
// discovery document and every endpoint it lists must name the gateway's public address, or an OIDC client
// would bypass the gateway and its sign-in limits.
public sealed class PublicAddressOfRequests(IOptions<PlatformUrls> urls) : IOpenIddictServerHandler<ProcessRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseSingletonHandler<PublicAddressOfRequests>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        if (context.RequestUri is not { } requested)
            return default;
        var publicBase = urls.Value.Base;
        context.BaseUri = publicBase;
        context.RequestUri = new Uri(publicBase, requested.PathAndQuery.TrimStart('/'));
        return default;
    }
}
