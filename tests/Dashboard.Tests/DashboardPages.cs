using System.Text.RegularExpressions;

namespace Platform.Dashboard.Tests;

/// <summary>Where things are on the Aspire dashboard's pages (its Fluent UI data grids), in one place.</summary>
internal static class ResourcesPage
{
    public static ILocator Rows(IPage page) => page.Locator("tr.fluent-data-grid-row").Filter(new() { Has = page.Locator(".resource-name-text") });

    public static ILocator Row(IPage page, string resource) =>
        Rows(page).Filter(new() { Has = page.Locator(".resource-name-text", new() { HasTextRegex = Exactly(resource) }) });

    public static ILocator State(IPage page, string resource) => Row(page, resource).Locator(".state-column-cell");

    /// <summary>The details pane beside the grid, with the environment variables a resource was started with.</summary>
    public static ILocator EnvironmentVariable(IPage page, string name) =>
        page.Locator(".env-var-properties tr.fluent-data-grid-row", new() { Has = page.GetByText(name, new() { Exact = true }) });

    public static Regex Exactly(string text) => new($"^\\s*{Regex.Escape(text)}\\s*$");
}

internal static class TracesPage
{
    /// <summary>The traces that went through the gateway for one request path, as the page's own filter finds them.</summary>
    public static string Url(string resource, string path) =>
        $"/traces/resource/{resource}?filters={Uri.EscapeDataString($"url.path:equals:{path}")}";

    public static ILocator Rows(IPage page) => page.Locator("tr.fluent-data-grid-row").Filter(new() { Has = page.Locator(".trace-service-tag") });

    /// <summary>A service as telemetry names it: with an instance suffix (payments-7f76d487) once it has had more than one process.</summary>
    public static Regex Resource(string service, string followedBy) => new($"^\\s*{Regex.Escape(service)}(-[0-9a-z]+)?{followedBy}");

    /// <summary>The resource of every span on a trace's detail page.</summary>
    public static ILocator SpanResources(IPage page) => page.Locator(".trace-view-grid .resource-name");
}
