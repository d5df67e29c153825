using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.AppHost.Dashboard;

/// <summary>The page, its script and styles, embedded in the AppHost assembly (no build step, nothing on disk).</summary>
internal static class DashboardAssets
{
    private static readonly Assembly Assembly = typeof(DashboardAssets).Assembly;

    public static void MapDashboardAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        routes.MapGet("/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        routes.MapGet("/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        // What the login page needs before the cookie exists.
        routes.MapGet("/login/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        routes.MapGet("/login/login.js", () => Asset("login.js", "text/javascript; charset=utf-8"));
    }

    public static IResult Asset(string name, string contentType, int statusCode = StatusCodes.Status200OK)
    {
        var stream = Assembly.GetManifestResourceStream("Dashboard/" + name)
            ?? throw new InvalidOperationException($"The dashboard asset {name} is not embedded in the AppHost.");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), contentType, statusCode: statusCode);
    }
}
