using Microsoft.EntityFrameworkCore;
using Notifications.Service.Bookings;
using Notifications.Service.Consumers;
using Notifications.Service.Infrastructure;
using Notifications.Service.Mail;
using Notifications.Service.Templates;
using Platform.Contracts.Accounts;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Notifications.Service.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "notificationsdb";

    // One dispatcher and the consumers: mail goes out at the SMTP server's pace, not the database's.
    public static readonly ConnectionBudget DatabaseBudget = new(MaxPoolSize: 10);

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<NotificationsDbContext>(DatabaseName, DatabaseBudget);
        builder.AddPlatformRedis();
        builder.AddPlatformMessaging<NotificationsDbContext>(bus =>
        {
            bus.AddConsumer<UserRegisteredConsumer>();
            bus.AddConsumer<PasswordResetRequestedConsumer>();
            bus.AddConsumer<OrganizationInvitationCreatedConsumer>();
            bus.AddConsumer<BookingConfirmedConsumer>();
            bus.AddConsumer<BookingFailedConsumer>();
            bus.AddConsumer<BookingExpiredConsumer>();
            bus.AddConsumer<BookingCancelledConsumer>();
            bus.AddConsumer<BookingRefundedConsumer>();
            bus.AddConsumer<BookingRefundFailedConsumer>();
            bus.AddConsumer<WaitingListOfferMadeConsumer>();
            bus.AddConsumer<WaitingListOfferLapsedConsumer>();
            bus.AddConsumer<WaitingListClosedConsumer>();
            bus.AddConsumer<TicketReceivedConsumer>();
            bus.AddConsumer<TicketTransferredConsumer>();
        });
        builder.AddEmailDelivery();
        return builder;
    }

    static void AddEmailDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NotificationsOptions>()
            .BindConfiguration(NotificationsOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(options => NotificationsOptions.IsMailbox(options.From), "Notifications:From must be a mailbox such as \"Ticketing <no-reply@ticketing.local>\".")
            .Validate(options => options.FirstRetryDelay <= options.MaxRetryDelay, "Notifications:FirstRetryDelay must not exceed Notifications:MaxRetryDelay.")
            .ValidateOnStart();
        // Parsed here so a bad connection string or template stops the service at start.
        services.AddSingleton(SmtpEndpoint.Parse(builder.Configuration.GetConnectionString(SmtpEndpoint.ConnectionName)));
        services.AddSingleton(EmailTemplates.LoadEmbedded(
            typeof(UserRegistered), typeof(PasswordResetRequested), typeof(OrganizationInvitationCreated),
            typeof(BookingSummary), typeof(TicketLine), typeof(BookingConfirmedEmail), typeof(BookingFailedEmail),
            typeof(BookingExpiredEmail), typeof(BookingCancelledEmail), typeof(BookingRefundedEmail), typeof(BookingRefundFailedEmail),
            typeof(WaitingListOfferEmail), typeof(WaitingListClosedEmail), typeof(TicketReceivedEmail), typeof(TicketTransferredEmail)));

        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<DeliveryWakeUp>();
        services.AddSingleton<DeliveryWakeInterceptor>();
        services.ConfigureDbContext<NotificationsDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<DeliveryWakeInterceptor>()));
        services.AddHostedService<NotificationDispatcher>();
    }
}
