using System.Diagnostics;
using MassTransit;
using MassTransit.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Correlation;

namespace Platform.ServiceDefaults.Messaging;

internal sealed class IntegrationEventOutbox<TDbContext>(TDbContext dbContext, TimeProvider timeProvider, IServiceProvider services)
    : IIntegrationEventOutbox
    where TDbContext : DbContext
{
    public void Add<TMessage>(TMessage message, string? correlationId = null) where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = timeProvider.GetUtcNow();
        dbContext.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            // The runtime type, so a message passed as a base type or object is published as what it is.
            MessageType = OutboxMessageFormat.TypeName(message.GetType()),
            Body = OutboxMessageFormat.Serialize(message),
            CorrelationId = correlationId ?? KnownCorrelationId(message),
            TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null,
            CreatedAt = now,
        });
    }

    string? KnownCorrelationId(object message)
    {
        if (message is CorrelatedBy<Guid> correlated)
            return correlated.CorrelationId.ToString();

        var consuming = services.GetService<IScopedConsumeContextProvider>();
        if (consuming is { HasContext: true } && consuming.GetContext() is { } context)
            return context.Headers.Get<string>(MessagingTelemetry.CorrelationIdHeader) ?? context.CorrelationId?.ToString();
        // Otherwise the HTTP request (or other work) that caused the change.
        return services.GetService<CorrelationContext>()?.CorrelationId;
    }
}
