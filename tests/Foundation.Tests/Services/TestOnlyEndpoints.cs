using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Foundation.Tests.Services;

public sealed record TicketRequest(int Quantity);

// Endpoints that exist only in these tests, added behind the service's own pipeline so its error
// handling wraps them exactly as it wraps real endpoints.
public sealed class TestOnlyEndpoints : IStartupFilter
{
    public const string SecretMessage = "connection refused to secret-host with password hunter2";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapGet("/test/throw", string () => throw new InvalidOperationException(SecretMessage));
            endpoints.MapPost("/test/tickets", (TicketRequest request) => TypedResults.Ok(request));
        });
    };

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestOnlyEndpoints>();
}
