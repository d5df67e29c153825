using GraphQL;
using Platform.Gateway.GraphQL.Downstream;

namespace Platform.Gateway.GraphQL;

// Resolvers reach the request's own services (its bearer token, its call count, its DataLoader).
public static class ResolveContextExtensions
{
    public static DownstreamApi Downstream(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DownstreamApi>();

    public static EventBatchLoader Events(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<EventBatchLoader>();

    public static Task<T> GetAsync<T>(this IResolveFieldContext context, string service, string path) =>
        context.Downstream().GetAsync<T>(service, path, context.CancellationToken);

    public static async Task<T> PostAsync<T>(this IResolveFieldContext context, string service, string path, object? body = null, string? idempotencyKey = null) =>
        (await context.Downstream().SendAsync<T>(service, HttpMethod.Post, path, body ?? new { }, idempotencyKey, context.CancellationToken))!;
}
