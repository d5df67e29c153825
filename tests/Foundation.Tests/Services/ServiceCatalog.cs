using Xunit;

namespace Platform.Foundation.Tests.Services;

// Something to check against a service, written once and run against each of the five.
public interface IServiceScenario
{
    Task RunAsync<TEntryPoint>(string databaseName) where TEntryPoint : class;
}

public static class ServiceCatalog
{
    public static readonly TheoryData<string> Names = new() { "auth", "events", "bookings", "payments", "notifications" };

    public static Task RunAsync(string service, IServiceScenario scenario) => service switch
    {
        "auth" => scenario.RunAsync<Auth.Service.Infrastructure.AuthDbContext>("authdb"),
        "events" => scenario.RunAsync<Events.Service.Infrastructure.EventsDbContext>("eventsdb"),
        "bookings" => scenario.RunAsync<Bookings.Service.Infrastructure.BookingsDbContext>("bookingsdb"),
        "payments" => scenario.RunAsync<Payments.Service.Infrastructure.PaymentsDbContext>("paymentsdb"),
        "notifications" => scenario.RunAsync<Notifications.Service.Infrastructure.NotificationsDbContext>("notificationsdb"),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not one of the five services."),
    };
}
