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
                if (note.Description is not null)
                    target = Described(target, note.Description, document);
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

    // The description of a $ref field belongs beside the $ref. A reference the generator made writes a description
    // through to the component it names, where every other field of that type would show it, so it is replaced by a
    // fresh reference that keeps the description as its own.
    private static IOpenApiSchema Described(IOpenApiSchema schema, string description, OpenApiDocument document)
    {
        switch (schema)
        {
            case OpenApiSchemaReference reference when string.IsNullOrWhiteSpace(reference.Reference.Description):
                return new OpenApiSchemaReference(reference.Reference.Id!, document) { Description = description };
            case OpenApiSchema inline when string.IsNullOrWhiteSpace(inline.Description):
                inline.Description = description;
                return inline;
            default:
                return schema;
        }
    }
}
