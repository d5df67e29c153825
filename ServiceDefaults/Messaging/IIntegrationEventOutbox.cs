namespace Platform.ServiceDefaults.Messaging;

// Stages an integration message in the service's DbContext: it is stored by the caller's SaveChanges,
// in the caller's transaction, and published afterwards by the outbox relay.
public interface IIntegrationEventOutbox
{
    // correlationId: when null, taken from the message (CorrelatedBy<Guid>) or from the message being consumed.
    void Add<TMessage>(TMessage message, string? correlationId = null) where TMessage : class;
}
