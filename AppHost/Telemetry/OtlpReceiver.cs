using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.AppHost.Telemetry;

/// <summary>
/// OTLP over HTTP with protobuf bodies (/v1/traces, /v1/logs, /v1/metrics) on 127.0.0.1, into a
/// <see cref="TelemetryStore"/>. Bad payloads answer 400 and oversized ones 413; neither touches the store.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    public const string ProtobufContentType = "application/x-protobuf";

    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app, TelemetryStore store)
    {
        _app = app;
        Store = store;
    }

    public TelemetryStore Store { get; }

    /// <summary>The base address services are given as OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <param name="port">0 picks a free port.</param>
    public static async Task<OtlpReceiver> StartAsync(int port, TelemetryStore store, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, Platform.AppHost.Dashboard.EmbeddedHostLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = store.Limits.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        var receiver = new OtlpReceiver(app, store);
        app.MapPost("/v1/traces", (HttpRequest request) => receiver.ReceiveAsync(request, body => store.AddSpans(OtlpTraceParser.Parse(body))));
        app.MapPost("/v1/logs", (HttpRequest request) => receiver.ReceiveAsync(request, body => store.AddLogs(OtlpLogParser.Parse(body))));
        app.MapPost("/v1/metrics", (HttpRequest request) => receiver.ReceiveAsync(request, body => store.AddMetrics(OtlpMetricParser.Parse(body))));
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Endpoint = new Uri(address.Replace("[::1]", "127.0.0.1"));
        return receiver;
    }

    private delegate void Accept(ReadOnlySpan<byte> body);

    private async Task<IResult> ReceiveAsync(HttpRequest request, Accept accept)
    {
        var contentType = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(contentType, ProtobufContentType, StringComparison.OrdinalIgnoreCase))
            return Results.Problem($"OTLP over HTTP is accepted as {ProtobufContentType} only.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        var limit = Store.Limits.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
            return TooLarge(limit);

        byte[] body;
        try
        {
            body = await ReadBodyAsync(request, limit, request.HttpContext.RequestAborted);
        }
        catch (BodyTooLargeException)
        {
            return TooLarge(limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (InvalidDataException)
        {
            return Results.Problem("The body is not valid gzip.", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (NotSupportedException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            accept(body);
        }
        catch (InvalidProtobufException e)
        {
            return Results.Problem($"The body is not a valid OTLP protobuf message: {e.Message}.", statusCode: StatusCodes.Status400BadRequest);
        }
        // An empty Export*ServiceResponse: everything was accepted.
        return Results.Bytes([], ProtobufContentType);
    }

    private static IResult TooLarge(int limit) =>
        Results.Problem($"The body is larger than {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        var encoding = request.Headers.ContentEncoding.ToString();
        using var gzip = encoding switch
        {
            "" or "identity" => null,
            "gzip" => new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            _ => throw new NotSupportedException($"Content-Encoding '{encoding}' is not supported; send gzip or nothing."),
        };
        var source = gzip ?? request.Body;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        // Counted after decompression too, so a small gzip bomb cannot fill memory.
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
                throw new BodyTooLargeException();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private sealed class BodyTooLargeException : Exception;

    public async ValueTask DisposeAsync()
    {
        // Exporters keep connections alive; the services are gone by now, so nothing is left to wait for.
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
            await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }
}
