using System.IO.Compression;
using System.Net;
using Platform.AppHost.Telemetry;
using Xunit;

namespace Platform.Foundation.Tests.Dashboard;

public sealed class OtlpReceiverTests
{
    [Fact]
    public async Task Spans_sent_as_protobuf_are_listed_as_a_trace()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        using var otlp = dashboard.Otlp();
        var span = OtlpPayload.NewSpan("GET /api/events");

        using var response = await otlp.PostAsync("/v1/traces", DashboardUnderTest.Protobuf(OtlpPayload.Traces("events", [span])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var client = await dashboard.SignedInAsync();
        var trace = Assert.Single(await dashboard.TracesAsync(client));
        Assert.Equal(Convert.ToHexStringLower(span.TraceId), trace.TraceId);
        Assert.Equal("events", trace.RootService);
        Assert.Equal("GET /api/events", trace.RootName);
    }

    [Theory]
    [InlineData("garbage", new byte[] { 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData("length past the end", new byte[] { 0x0A, 0x7F, 0x01 })]
    [InlineData("field number zero", new byte[] { 0x02, 0x00 })]
    [InlineData("unterminated varint", new byte[] { 0x08, 0x80, 0x80 })]
    public async Task Malformed_payload_is_refused_with_400_and_stores_nothing(string what, byte[] body)
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        using var otlp = dashboard.Otlp();

        foreach (var signal in new[] { "/v1/traces", "/v1/logs", "/v1/metrics" })
        {
            using var response = await otlp.PostAsync(signal, DashboardUnderTest.Protobuf(body));
            Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{what} to {signal}: {response.StatusCode}");
        }
        Assert.Equal(0, dashboard.Dashboard.Store.SpanCount);
        Assert.Equal(0, dashboard.Dashboard.Store.LogCount);
    }

    [Fact]
    public async Task A_truncated_request_is_refused_whole_and_the_receiver_keeps_working()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        using var otlp = dashboard.Otlp();
        var valid = OtlpPayload.Traces("events", [OtlpPayload.NewSpan("first"), OtlpPayload.NewSpan("second")]);

        using var truncated = await otlp.PostAsync("/v1/traces", DashboardUnderTest.Protobuf(valid[..^5]));
        using var after = await otlp.PostAsync("/v1/traces", DashboardUnderTest.Protobuf(valid));

        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, dashboard.Dashboard.Store.SpanCount);
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync(new TelemetryLimits { MaxRequestBodyBytes = 16 * 1024 });
        using var otlp = dashboard.Otlp();
        var spans = Enumerable.Range(0, 400).Select(i => OtlpPayload.NewSpan($"span {i} " + new string('x', 40))).ToList();
        var body = OtlpPayload.Traces("events", spans);
        Assert.True(body.Length > 16 * 1024);

        using var response = await otlp.PostAsync("/v1/traces", DashboardUnderTest.Protobuf(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, dashboard.Dashboard.Store.SpanCount);
    }

    [Fact]
    public async Task Gzip_body_is_accepted_and_one_that_inflates_past_the_limit_is_refused_with_413()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync(new TelemetryLimits { MaxRequestBodyBytes = 64 * 1024 });
        using var otlp = dashboard.Otlp();

        using var small = await otlp.PostAsync("/v1/traces", Gzip(OtlpPayload.Traces("events", [OtlpPayload.NewSpan("zipped")])));
        // A few hundred bytes on the wire, a megabyte once inflated.
        using var bomb = await otlp.PostAsync("/v1/traces", Gzip(new byte[1024 * 1024]));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, bomb.StatusCode);
        Assert.Equal(1, dashboard.Dashboard.Store.SpanCount);
    }

    [Fact]
    public async Task Json_or_an_unknown_encoding_is_refused_with_415()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        using var otlp = dashboard.Otlp();

        using var json = await otlp.PostAsync("/v1/traces", new StringContent("{\"resourceSpans\":[]}", System.Text.Encoding.UTF8, "application/json"));
        var brotli = DashboardUnderTest.Protobuf(OtlpPayload.Traces("events", [OtlpPayload.NewSpan("x")]));
        brotli.Headers.ContentEncoding.Add("br");
        using var encoded = await otlp.PostAsync("/v1/traces", brotli);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, encoded.StatusCode);
    }

    [Fact]
    public async Task Window_stays_within_its_bounds_under_a_flood_and_keeps_the_newest()
    {
        var limits = new TelemetryLimits { MaxSpans = 300, MaxTraces = 120 };
        await using var dashboard = await DashboardUnderTest.StartAsync(limits);
        using var otlp = dashboard.Otlp();
        // 40 requests x 25 spans: 1,000 spans in 1,000 traces, many times the window, sent 8 at a time.
        var requests = Enumerable.Range(0, 40)
            .Select(r => OtlpPayload.Traces("flood", Enumerable.Range(0, 25).Select(i => OtlpPayload.NewSpan($"flood {r * 25 + i}"))))
            .ToList();
        using var gate = new SemaphoreSlim(8);
        var statuses = await Task.WhenAll(requests.Take(39).Select(async body =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await otlp.PostAsync("/v1/traces", DashboardUnderTest.Protobuf(body));
                return response.StatusCode;
            }
            finally
            {
                gate.Release();
            }
        }));
        using var last = await otlp.PostAsync("/v1/traces", DashboardUnderTest.Protobuf(requests[^1]));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        var store = dashboard.Dashboard.Store;
        Assert.Equal(120, store.TraceCount);
        Assert.True(store.SpanCount <= 300);
        // The last request's spans arrived last, so they are the newest and still there.
        var names = store.Spans().Select(s => s.Name).ToHashSet();
        Assert.All(Enumerable.Range(975, 25), i => Assert.Contains($"flood {i}", names));
    }

    private static ByteArrayContent Gzip(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(body);
        var content = DashboardUnderTest.Protobuf(compressed.ToArray());
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }
}
