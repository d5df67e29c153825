using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    // MassTransit over RabbitMQ (ConnectionStrings:rabbitmq, an amqp URI) for a service whose
    // outbox and inbox live in TDbContext. Consumers are registered by the caller.
    public static IHostApplicationBuilder AddPlatformMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TDbContext : DbContext
    {
        var rabbitMq = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq is not set (an amqp:// URI of the RabbitMQ broker).");

        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(rabbitMq));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
