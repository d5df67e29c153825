using System.Collections.Concurrent;

namespace Platform.ServiceDefaults.OpenApi;

// What FieldDocumentation learnt of each field from its CLR member, kept by component schema and field name for
// ReferencedFieldDocumentation: a field whose type is a component of its own only becomes a $ref after schemas are made.
public sealed class FieldNotes
{
    private readonly ConcurrentDictionary<(string Schema, string Field), (string? Description, bool Required)> _notes = new();

    public void Note(string schema, string field, string? description, bool required) => _notes[(schema, field)] = (description, required);

    public (string? Description, bool Required)? Of(string schema, string field) =>
        _notes.TryGetValue((schema, field), out var note) ? note : null;
}
