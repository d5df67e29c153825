using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.GraphQL;

// Bound from "Gateway:GraphQL": the limits a query must stay within before anything downstream is called.
public sealed class GraphQLOptions
{
    public const string SectionName = "Gateway:GraphQL";

    [Range(2, 50, ErrorMessage = "Gateway:GraphQL:MaxDepth must be between 2 and 50.")]
    public int MaxDepth { get; set; } = 10;

    [Range(10, 1_000_000, ErrorMessage = "Gateway:GraphQL:MaxComplexity must be between 10 and 1000000.")]
    public int MaxComplexity { get; set; } = 5_000;

    /// <summary>The largest <c>first</c> a connection accepts; the services' own page size limit is 100.</summary>
    [Range(1, 100, ErrorMessage = "Gateway:GraphQL:MaxPageSize must be between 1 and 100.")]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Adds each service's call count to the response's extensions; for tests and diagnosis, off by default.</summary>
    public bool ReportDownstreamCalls { get; set; }
}
