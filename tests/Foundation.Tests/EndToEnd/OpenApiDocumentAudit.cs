using System.Text.Json;

namespace Platform.Foundation.Tests.EndToEnd;

// What a reader of an OpenAPI document misses: an operation without summary or description, a parameter or
// field without a description, and a field listed as required although it may be null or left out.
public static class OpenApiDocumentAudit
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static IReadOnlyList<string> GapsIn(JsonElement document)
    {
        var gaps = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
                OperationGaps($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value, gaps);
        if (document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var schemas))
            foreach (var schema in schemas.EnumerateObject())
                SchemaGaps($"schema {schema.Name}", schema.Value, gaps);
        return gaps;
    }

    private static void OperationGaps(string operation, JsonElement body, List<string> gaps)
    {
        if (IsBlank(body, "summary"))
            gaps.Add($"{operation} has no summary");
        if (IsBlank(body, "description"))
            gaps.Add($"{operation} has no description");
        if (body.TryGetProperty("parameters", out var parameters))
            foreach (var parameter in parameters.EnumerateArray().Where(p => IsBlank(p, "description")))
                gaps.Add($"{operation}: parameter {parameter.GetProperty("name").GetString()} has no description");
        if (body.TryGetProperty("requestBody", out var request))
            ContentGaps($"{operation} request", request, gaps);
        if (body.TryGetProperty("responses", out var responses))
            foreach (var response in responses.EnumerateObject())
                ContentGaps($"{operation} {response.Name}", response.Value, gaps);
    }

    private static void ContentGaps(string where, JsonElement body, List<string> gaps)
    {
        if (!body.TryGetProperty("content", out var content))
            return;
        foreach (var media in content.EnumerateObject())
            if (media.Value.TryGetProperty("schema", out var schema))
                SchemaGaps($"{where} ({media.Name})", schema, gaps);
    }

    private static void SchemaGaps(string where, JsonElement schema, List<string> gaps)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            return;
        var required = schema.TryGetProperty("required", out var names)
            ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet()
            : [];
        if (schema.TryGetProperty("properties", out var properties))
            foreach (var property in properties.EnumerateObject())
            {
                if (IsBlank(property.Value, "description"))
                    gaps.Add($"{where}: field {property.Name} has no description");
                if (required.Contains(property.Name) && MayBeLeftOut(property.Value))
                    gaps.Add($"{where}: field {property.Name} is listed as required although it may be null or left out");
                SchemaGaps($"{where}.{property.Name}", property.Value, gaps);
            }
        foreach (var nested in new[] { "items", "additionalProperties" })
            if (schema.TryGetProperty(nested, out var inner))
                SchemaGaps($"{where}[]", inner, gaps);
        foreach (var choice in new[] { "oneOf", "anyOf", "allOf" })
            if (schema.TryGetProperty(choice, out var alternatives))
                foreach (var alternative in alternatives.EnumerateArray())
                    SchemaGaps(where, alternative, gaps);
    }

    // A field that admits null or has a default is one a client may leave out.
    private static bool MayBeLeftOut(JsonElement property)
    {
        if (property.TryGetProperty("default", out _))
            return true;
        if (property.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True)
            return true;
        if (property.TryGetProperty("type", out var type) && AdmitsNull(type))
            return true;
        foreach (var choice in new[] { "oneOf", "anyOf" })
            if (property.TryGetProperty(choice, out var alternatives)
                && alternatives.EnumerateArray().Any(a => a.TryGetProperty("type", out var t) && AdmitsNull(t)))
                return true;
        return false;
    }

    private static bool AdmitsNull(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString() == "null",
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.GetString() == "null"),
        _ => false,
    };

    private static bool IsBlank(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString());
}
