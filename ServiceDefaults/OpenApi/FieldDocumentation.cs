using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

// Gives each field of a request or answer its description and says truthfully whether it must be sent.
// Records declare [Description] on their positional parameters, which OpenAPI's generator does not read by itself.
// Services check their requests themselves, so a request field the service demands is typed nullable and marked
// [Required]; any other field that admits null may be left out, so it is not listed as required.
public sealed class FieldDocumentation(FieldNotes notes, IOptionsMonitor<OpenApiOptions> options) : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
            return Task.CompletedTask;
        var referenceIds = options.Get(context.DocumentName).CreateSchemaReferenceId;
        var owner = referenceIds(context.JsonTypeInfo);
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (owner is not null)
                notes.Note(owner, property.Name, DescriptionOf(context.JsonTypeInfo.Type, property), Attribute<RequiredAttribute>(property) is not null);
            if (!schema.Properties.TryGetValue(property.Name, out var field) || field is not OpenApiSchema fieldSchema)
                continue;
            // A field whose type becomes a component is, here, that component's own schema: its description waits
            // for ReferencedFieldDocumentation, or the component would carry the first field's description.
            var becomesComponent = referenceIds(context.JsonTypeInfo.Options.GetTypeInfo(property.PropertyType)) is not null;
            if (!becomesComponent && string.IsNullOrWhiteSpace(fieldSchema.Description))
                fieldSchema.Description = DescriptionOf(context.JsonTypeInfo.Type, property);
            if (Attribute<RequiredAttribute>(property) is not null)
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(property.Name);
                if (fieldSchema.Type is { } type)
                    fieldSchema.Type = type & ~JsonSchemaType.Null;
            }
            else if (AdmitsNull(fieldSchema))
                schema.Required?.Remove(property.Name);
        }
        return Task.CompletedTask;
    }

    private static string? DescriptionOf(Type owner, JsonPropertyInfo property) =>
        Attribute<DescriptionAttribute>(property)?.Description
        ?? ProblemFieldDescriptions.Describe(owner, property.Name)
        ?? PlatformFieldGlossary.Describe(property.Name);

    private static T? Attribute<T>(JsonPropertyInfo property) where T : Attribute =>
        Find<T>(property.AttributeProvider) ?? Find<T>(property.AssociatedParameter?.AttributeProvider);

    private static T? Find<T>(ICustomAttributeProvider? provider) where T : Attribute =>
        provider?.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().LastOrDefault();

    internal static bool AdmitsNull(IOpenApiSchema field) =>
        (field.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        || (field.OneOf ?? field.AnyOf ?? []).Any(alternative => alternative.Type is { } t && t.HasFlag(JsonSchemaType.Null));
}
