using System.Net;
using System.Text;
using System.Text.Json;
using Auth.Service.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Services;

public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task Unhandled_exception_is_a_500_problem_without_stack_trace_or_message()
    {
        await using var service = await ServiceFactory<AuthDbContext>.CreateAsync("authdb");
        using var factory = service.WithWebHostBuilder(web => web.ConfigureTestServices(TestOnlyEndpoints.AddTo));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-ID", "crash-test-1");

        using var response = await client.GetAsync("/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", body);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("crash-test-1", problem.RootElement.GetProperty("correlationId").GetString());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task Malformed_json_body_is_a_400_problem_naming_the_field()
    {
        await using var service = await ServiceFactory<AuthDbContext>.CreateAsync("authdb");
        // Production, because Development already throws on bad requests by default.
        using var factory = service.WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .ConfigureTestServices(TestOnlyEndpoints.AddTo));
        var client = factory.CreateClient();

        using var response = await client.PostAsync("/test/tickets",
            new StringContent("""{"quantity":"many"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("$.quantity", problem.RootElement.GetProperty("field").GetString());
        Assert.Contains("$.quantity", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_path_is_a_404_problem()
    {
        await using var factory = await ServiceFactory<AuthDbContext>.CreateAsync("authdb");
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/auth/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("correlationId", out _));
    }
}
