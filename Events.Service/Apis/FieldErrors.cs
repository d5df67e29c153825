namespace Events.Service.Apis;

// Collects 400 errors keyed by the request's camelCase field (or query parameter) names.
public sealed class FieldErrors
{
    readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public bool Has(params string[] fields) => fields.Any(_errors.ContainsKey);

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public FieldErrors Text(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
                Add(field, $"The {field} field is required.");
        }
        else if (value.Trim().Length > maxLength)
            Add(field, $"The {field} field must be at most {maxLength} characters.");
        return this;
    }

    public FieldErrors Range(string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
            Add(field, $"The {field} field must be between {min} and {max}.");
        return this;
    }
}
