using Notifications.Service.Infrastructure;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.NotificationsService;

public sealed class NotificationsStartupTests
{
    [Theory]
    [InlineData("Notifications:From", "not a mailbox", "Notifications:From")]
    [InlineData("ConnectionStrings:smtp", "http://127.0.0.1:25", "ConnectionStrings:smtp")]
    [InlineData("Notifications:MaxAttempts", "0", "MaxAttempts")]
    public async Task Service_refuses_to_start_with_a_bad_mail_setting_and_names_it(string key, string value, string named)
    {
        await using var factory = await ServiceFactory<NotificationsDbContext>.CreateAsync("notificationsdb", new Dictionary<string, string?>
        {
            [key] = value,
        });

        var failure = await Record.ExceptionAsync(() => Task.FromResult(factory.CreateClient()));

        Assert.NotNull(failure);
        Assert.Contains(named, Flatten(failure));
    }

    static string Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : exception.Message + (exception.InnerException is null ? "" : " | " + Flatten(exception.InnerException));
}
