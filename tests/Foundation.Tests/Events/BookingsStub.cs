using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.Foundation.Tests.Catalog;

// Stands in for Bookings' capacity endpoint: a real HTTP server on a loopback port that answers
// what the test says and records what Events sent it.
public sealed class BookingsStub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BookingsStub(WebApplication app) => _app = app;

    public string Address => _app.Urls.Single();

    public ConcurrentQueue<(string Path, string? Authorization, JsonElement Body)> Requests { get; } = new();

    // Status and ProblemDetails body to answer with; 204 by default.
    public Func<IResult> Answer { get; set; } = Results.NoContent;

    public static async Task<BookingsStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new BookingsStub(app);
        app.MapPut("/api/bookings/inventory/events/{eventId:guid}/ticket-types/{ticketTypeId:guid}/capacity", async (HttpContext http) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
            stub.Requests.Enqueue((http.Request.Path.Value!, http.Request.Headers.Authorization.ToString(), body));
            return stub.Answer();
        });
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
