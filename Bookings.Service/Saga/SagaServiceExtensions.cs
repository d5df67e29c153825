using Bookings.Service.Cancellation;
using Bookings.Service.CheckIn;
using Bookings.Service.Saga.Consumers;
using Bookings.Service.Tickets;

namespace Bookings.Service.Saga;

public static class SagaServiceExtensions
{
    // The booking saga, its durable hold expiry, tickets, cancellation and check-in services.
    // Its consumers are picked up by the bus's assembly scan.
    public static IHostApplicationBuilder AddBookingSaga(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SagaOptions>()
            .BindConfiguration(SagaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<BookingSaga>();
        services.AddScoped<OrganizerCancellationFanOut>();
        services.AddScoped<TicketIssuer>();
        services.AddSingleton<TicketSigningKeyStore>();
        services.AddSingleton<TicketTokenSigner>();
        services.AddScoped<CustomerCancellation>();
        services.AddScoped<DoorCheckIn>();
        services.AddScoped<AttendanceCounts>();
        services.AddHostedService<HoldExpiryWorker>();
        return builder;
    }
}
