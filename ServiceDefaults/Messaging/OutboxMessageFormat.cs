using System.Collections.Concurrent;
using System.Text.Json;

namespace Platform.ServiceDefaults.Messaging;

// How a message is stored in an outbox row (or any row that keeps a message for later) and read back,
// possibly in a later process.
public static class OutboxMessageFormat
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    static readonly ConcurrentDictionary<string, Type?> ResolvedTypes = new();

    // "Namespace.Type, Assembly" without version, so a redeployed service still resolves rows written before.
    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? ResolveType(string typeName) =>
        ResolvedTypes.GetOrAdd(typeName, static name => Type.GetType(name, throwOnError: false));

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Json);

    public static bool TryRead(OutboxMessage row, out object? message, out Type? type, out string? error) =>
        TryRead(row.MessageType, row.Body, out message, out type, out error);

    public static bool TryRead(string messageType, string body, out object? message, out Type? type, out string? error)
    {
        message = null;
        error = null;
        type = ResolveType(messageType);
        if (type is null)
        {
            error = $"Message type '{messageType}' cannot be resolved in this process.";
            return false;
        }

        try
        {
            message = JsonSerializer.Deserialize(body, type, Json);
        }
        catch (JsonException exception)
        {
            error = $"Body of '{messageType}' cannot be read: {exception.Message}";
            return false;
        }

        if (message is null)
            error = $"Body of '{messageType}' is null.";
        return message is not null;
    }
}
