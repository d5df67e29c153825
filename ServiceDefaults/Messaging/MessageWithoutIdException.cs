namespace Platform.ServiceDefaults.Messaging;

// An inbox cannot recognise a redelivery of a message without an id, so such a message is refused
// (it goes to the error queue without retries) rather than risk handling it twice.
public sealed class MessageWithoutIdException(Type messageType, string consumer)
    : InvalidOperationException($"{messageType.Name} arrived at {consumer} without a MessageId; an idempotent consumer cannot accept it.");
