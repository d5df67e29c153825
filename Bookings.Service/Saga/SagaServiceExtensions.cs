using Bookings.Service.Cancellation;
using Bookings.Service.CheckIn;
using Bookings.Service.Saga.Consumers;
using Bookings.Service.Saga.Persistence;
using Bookings.Service.Saga.Scheduling;
using Bookings.Service.Tickets;
using MassTransit;

namespace Bookings.Service.Saga;

public static class SagaServiceExtensions
{
    // The booking saga, its durable scheduled messages (hold expiry), tickets, cancellation and check-in services.
    // The machine's bus side is registered with the bus (AddBookingStateMachine); its organizer-cascade
    // consumers are picked up by the bus's assembly scan.
    public static IHostApplicationBuilder AddBookingSaga(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SagaOptions>()
            .BindConfiguration(SagaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<IBookingSteps, BookingSteps>();
        services.AddScoped<BookingSagaStart>();
        services.AddScoped<FailedRefunds>();
        services.AddScoped<DueMessages>();
        services.AddScoped<OutboxScheduleMessageProvider>();
        services.AddScoped<InProcessSagaEvents>();
        services.AddMediator(mediator => mediator.AddBookingStateMachine());
        services.AddScoped<OrganizerCancellationFanOut>();
        services.AddScoped<TicketIssuer>();
        services.AddSingleton<TicketSigningKeyStore>();
        services.AddSingleton<TicketTokenSigner>();
        services.AddScoped<CustomerCancellation>();
        services.AddScoped<DoorCheckIn>();
        services.AddScoped<AttendanceCounts>();
        services.AddHostedService<DueMessageDelivery>();
        return builder;
    }
}
