using Microsoft.AspNetCore.Builder;

namespace Platform.ServiceDefaults.OpenApi;

// Words for a parameter bound through [AsParameters]: a [Description] on such a record's parameter makes
// Microsoft.AspNetCore.OpenApi 10 fail the whole document (InvalidCastException), so the endpoint carries them.
public sealed record ParameterDescriptionMetadata(string Name, string Description);

public static class ParameterDescriptionExtensions
{
    public static TBuilder WithParameterDescription<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ParameterDescriptionMetadata(name, description));
}
