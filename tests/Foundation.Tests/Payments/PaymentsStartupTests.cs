using Microsoft.Extensions.Options;
using Payments.Service.Infrastructure;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class PaymentsStartupTests
{
    [Theory]
    [InlineData("Payments:Provider", "PayPal", "Payments:Provider")]
    [InlineData("Payments:Resilience:AttemptTimeout", "00:00:00", "AttemptTimeout")]
    [InlineData("Payments:Resilience:MaxRetryAttempts", "50", "MaxRetryAttempts")]
    [InlineData("Payments:Simulated:LateDelay", "01:00:00", "LateDelay")]
    public async Task Bad_setting_stops_the_service_at_start_naming_it(string key, string value, string named)
    {
        await using var factory = await ServiceFactory<PaymentsDbContext>.CreateAsync("paymentsdb", new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Chain(failure).Select(e => e.Message));
        Assert.Contains(named, messages);
        Assert.Contains(Chain(failure), e => e is OptionsValidationException or InvalidOperationException);
    }

    static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                    yield return inner;
        }
    }
}
