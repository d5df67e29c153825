using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.AppHost.Dashboard;
using Platform.AppHost.Telemetry;
using Xunit;

namespace Platform.Foundation.Tests.Dashboard;

public sealed class RealExporterTests
{
    private static readonly ActivitySource Source = new("Dashboard.Tests.Checkout");

    [Fact]
    public async Task Spans_and_logs_from_the_OpenTelemetry_exporter_show_up_as_one_trace_with_attributes_events_and_logs()
    {
        await using var dashboard = await DashboardUnderTest.StartAsync();
        var endpoint = dashboard.Dashboard.Receiver.Endpoint;
        string traceId;
        using (var tracing = Sdk.CreateTracerProviderBuilder()
                   .ConfigureResource(r => r.AddService("checkout"))
                   .AddSource(Source.Name)
                   .AddOtlpExporter(o => Exporter(o, endpoint, "/v1/traces"))
                   .Build())
        using (var logging = LoggerFactory.Create(builder => builder.AddOpenTelemetry(o =>
               {
                   o.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("checkout"));
                   o.AddOtlpExporter(e => Exporter(e, endpoint, "/v1/logs"));
               })))
        {
            var logger = logging.CreateLogger("Checkout");
            using (var root = Source.StartActivity("POST /api/bookings", ActivityKind.Server)!)
            {
                traceId = root.TraceId.ToHexString();
                root.SetTag("http.response.status_code", 201);
                using (var child = Source.StartActivity("hold seats", ActivityKind.Internal)!)
                {
                    child.SetTag("booking.seats", 2);
                    child.AddEvent(new ActivityEvent("seats held"));
                    logger.LogInformation("Held {Seats} seats", 2);
                }
                using (var failing = Source.StartActivity("charge card", ActivityKind.Client)!)
                    failing.SetStatus(ActivityStatusCode.Error, "card declined");
            }
            tracing.ForceFlush();
        }

        using var client = await dashboard.SignedInAsync();
        var trace = (await client.GetFromJsonAsync<TraceDetail>($"/api/traces/{traceId}"))!;
        Assert.Equal("POST /api/bookings", trace.Summary.RootName);
        Assert.Equal(["checkout"], trace.Summary.Services);
        Assert.Equal(1, trace.Summary.ErrorCount);
        Assert.Equal(["POST /api/bookings", "hold seats", "charge card"], trace.Spans.Select(s => s.Name));
        var hold = trace.Spans[1];
        Assert.Equal(1, hold.Depth);
        Assert.Contains(hold.Attributes, a => a.Key == "booking.seats" && a.Value == "2");
        Assert.Equal("seats held", Assert.Single(hold.Events).Name);
        Assert.Equal("card declined", trace.Spans[2].StatusMessage);

        var logs = (await client.GetFromJsonAsync<List<TelemetryLogRecord>>($"/api/logs?traceId={traceId}"))!;
        var log = Assert.Single(logs);
        Assert.Equal("checkout", log.Service);
        Assert.Equal("Information", log.Level);
        Assert.Contains("Held 2 seats", log.Message);
        Assert.Equal(hold.SpanId, log.SpanId);
        Assert.Empty((await client.GetFromJsonAsync<List<TelemetryLogRecord>>($"/api/logs?traceId={traceId}&level=Warning"))!);

        var errorsOnly = await dashboard.TracesAsync(client, "?errorsOnly=true&service=checkout");
        Assert.Equal(traceId, Assert.Single(errorsOnly).TraceId);
        Assert.Empty(await dashboard.TracesAsync(client, "?minDurationMs=60000"));
        Assert.Empty(await dashboard.TracesAsync(client, "?service=payments"));
    }

    private static void Exporter(OtlpExporterOptions options, Uri endpoint, string path)
    {
        options.Protocol = OtlpExportProtocol.HttpProtobuf;
        options.Endpoint = new Uri(endpoint, path);
        options.ExportProcessorType = ExportProcessorType.Simple;
    }
}
