using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

// A field whose type is a component schema of its own (a venue, a payment) is a $ref, alone or beside null, by the
// time the document is whole: it gets its description here, and is required only when its member is [Required].
public sealed class ReferencedFieldDocumentation(FieldNotes notes) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, component) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (component is not OpenApiSchema owner || owner.Properties is null)
                continue;
            foreach (var (field, schema) in owner.Properties.ToList())
            {
                if (notes.Of(name, field) is not { } note)
                    continue;
                var target = note.Required ? WithoutNull(schema) : schema;
                if (string.IsNullOrWhiteSpace(target.Description) && note.Description is not null)
                    Describe(target, note.Description);
                owner.Properties[field] = target;
                if (note.Required)
                    (owner.Required ??= new HashSet<string>()).Add(field);
                else if (FieldDocumentation.AdmitsNull(target))
                    owner.Required?.Remove(field);
            }
        }
        return Task.CompletedTask;
    }

    // oneOf [null, $ref] of a field the service demands is the $ref alone.
    private static IOpenApiSchema WithoutNull(IOpenApiSchema schema) =>
        schema is OpenApiSchema { OneOf: { Count: 2 } alternatives } && alternatives.Count(a => a.Type == JsonSchemaType.Null) == 1
            ? alternatives.Single(a => a.Type != JsonSchemaType.Null)
            : schema;

    private static void Describe(IOpenApiSchema schema, string description)
    {
        switch (schema)
        {
            case OpenApiSchemaReference reference:
                reference.Description = description;
                break;
            case OpenApiSchema inline:
                inline.Description = description;
                break;
        }
    }
}
