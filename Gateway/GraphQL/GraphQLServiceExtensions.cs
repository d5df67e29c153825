using GraphQL;
using GraphQL.Validation.Errors.Custom;
using Microsoft.Extensions.Options;
using Platform.Gateway.GraphQL.Downstream;
using Platform.Gateway.GraphQL.Errors;

namespace Platform.Gateway.GraphQL;

public static class GraphQLServiceExtensions
{
    public static WebApplicationBuilder AddGatewayGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        foreach (var service in ServiceNames.All)
            services.AddHttpClient(ServiceNames.HttpClientName(service), client => client.BaseAddress = new Uri($"http://{service}"));
        services.AddScoped<DownstreamCallCount>();
        services.AddScoped<DownstreamApi>();
        services.AddScoped<EventBatchLoader>();

        services.AddGraphQL(graph => graph
            .AddSchema<TicketingSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(TicketingSchema).Assembly)
            .AddClrTypeMappings(typeof(TicketingSchema).Assembly)
            .AddAutoClrMappings()
            // No stack traces, no exception types: a message and our extensions only.
            .AddErrorInfoProvider(errors =>
            {
                errors.ExposeExceptionDetails = false;
                errors.ExposeCodes = false;
                errors.ExposeData = false;
            })
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                // Introspection reads the schema in memory, so only our own fields (each a possible service call) count.
                var standard = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = field =>
                    field.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new(0, 1)
                        : standard(field);
                complexity.ValidateComplexityDelegate = context =>
                {
                    if (context.Error is not null)
                        context.Error = QueryLimits.Refusal(context.MaxDepth, context.TotalImpact, limits);
                    return Task.CompletedTask;
                };
            }));
        return builder;
    }
}
