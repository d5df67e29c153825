using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.Messaging;

public sealed class MessagingRegistrationTests
{
    [Fact]
    public void Missing_rabbitmq_connection_string_fails_with_one_line_naming_it()
    {
        var builder = Host.CreateApplicationBuilder();

        var failure = Assert.Throws<InvalidOperationException>(() => builder.AddPlatformMessaging<OrderingDbContext>());

        Assert.Contains("ConnectionStrings:rabbitmq", failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void Malformed_rabbitmq_connection_string_fails_without_echoing_the_password()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:rabbitmq"] = "host=broker;password=s3cret";

        var failure = Assert.Throws<InvalidOperationException>(() => builder.AddPlatformMessaging<OrderingDbContext>());

        Assert.Contains("ConnectionStrings:rabbitmq", failure.Message);
        Assert.DoesNotContain("s3cret", failure.Message);
    }
}
