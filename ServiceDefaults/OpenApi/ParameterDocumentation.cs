using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

// A parameter without a [Description] gets its endpoint's words for it, or the glossary's when it means the same everywhere.
public sealed class ParameterDocumentation : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var given = context.Description.ActionDescriptor.EndpointMetadata.OfType<ParameterDescriptionMetadata>().ToList();
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            if (string.IsNullOrWhiteSpace(parameter.Description) && parameter.Name is { } name)
                parameter.Description =
                    given.LastOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Description
                    ?? PlatformFieldGlossary.Describe(name);
        return Task.CompletedTask;
    }
}
