using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    // MassTransit over RabbitMQ (ConnectionStrings:rabbitmq, an amqp URI) with retries then the error
    // queue on every endpoint, plus the transactional outbox (IIntegrationEventOutbox and its relay)
    // and inbox of TDbContext. Consumers are registered by the caller.
    public static IHostApplicationBuilder AddPlatformMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureConsumers = null,
        Action<MessagingOptions>? configureOptions = null)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString("rabbitmq");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("ConnectionStrings:rabbitmq is not set: give the RabbitMQ broker as amqp://user:password@host:port/vhost (environment variable ConnectionStrings__rabbitmq).");
        var broker = RabbitMqAddress.Parse(connectionString);

        // Endpoint names are fixed while the bus is configured, before options can be resolved.
        var startupOptions = new MessagingOptions();
        builder.Configuration.GetSection(MessagingOptions.SectionName).Bind(startupOptions);
        configureOptions?.Invoke(startupOptions);

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.SectionName)
            .Configure(options => configureOptions?.Invoke(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(string.IsNullOrEmpty(startupOptions.EndpointPrefix)
                ? KebabCaseEndpointNameFormatter.Instance
                : new KebabCaseEndpointNameFormatter(startupOptions.EndpointPrefix, false));
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var intervals = context.GetRequiredService<IOptions<MessagingOptions>>().Value.EffectiveRetryIntervals;
                // Exhausted retries fault the message into the endpoint's _error queue: never acknowledged and lost.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Intervals(intervals);
                    retry.Ignore<MessageWithoutIdException>();
                });
            });
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.UserName);
                    host.Password(broker.Password);
                    if (broker.UseTls)
                        host.UseSsl(_ => { });
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        // After AddMassTransit, so the relay's hosted service starts after the bus's and stops before it.
        services.AddOutbox<TDbContext>();
        return builder;
    }

    static void AddOutbox<TDbContext>(this IServiceCollection services) where TDbContext : DbContext
    {
        services.AddSingleton<OutboxWakeUp<TDbContext>>();
        services.AddSingleton<OutboxWakeInterceptor<TDbContext>>();
        services.ConfigureDbContext<TDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<OutboxWakeInterceptor<TDbContext>>()));
        services.AddScoped<IIntegrationEventOutbox, IntegrationEventOutbox<TDbContext>>();
        services.AddSingleton<OutboxBatchPublisher<TDbContext>>();
        services.AddSingleton<MessageRetentionPurge<TDbContext>>();
        services.AddHostedService<OutboxRelay<TDbContext>>();
    }
}
