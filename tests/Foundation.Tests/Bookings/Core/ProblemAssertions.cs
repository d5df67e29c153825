using System.Net;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public static class ProblemAssertions
{
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> NamesFieldAsync(this HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var problem = await response.ProblemAsync(status);
        // A body that is not readable JSON is refused before the handler, naming the JSON path instead.
        if (problem.TryGetProperty("field", out var path))
        {
            Assert.Equal("$." + field, path.GetString());
            return problem;
        }
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors name {field}: {errors}");
        return problem;
    }
}
