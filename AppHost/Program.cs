using Platform.AppHost.Infrastructure;
using Platform.AppHost.Platform;
using Platform.AppHost.Supervision;

var builder = DistributedApplication.CreateBuilder(args);
var settings = PlatformSettings.From(builder);
var (data, ports) = (settings.DataFolder!, settings.Ports);

var postgres = builder.AddPlatformPostgres("postgres", data, ports.Postgres, settings.Durable);
var redis = builder.AddPlatformRedis("redis", data, ports.Redis, settings.Durable);
var rabbitmq = builder.AddPlatformRabbitMq("rabbitmq", data, ports.RabbitMq, ports.RabbitMqManagement);
var smtp = builder.AddPlatformSmtp("smtp", data, ports.Smtp);
IResourceBuilder<IResourceWithConnectionString> Database(string name) =>
    builder.CreateResourceBuilder<IResourceWithConnectionString>(postgres.AddDatabase(name, name + settings.DatabaseSuffix).Resource);

var auth = builder.AddService<Projects.Auth_Service>("auth").Uses(Database("authdb"), redis, rabbitmq).WithPlatformAdmin(data);
var bookings = builder.AddService<Projects.Bookings_Service>("bookings").Uses(Database("bookingsdb"), redis, rabbitmq)
    .WithReplicasOf(settings.Replicas.Bookings);
var events = builder.AddService<Projects.Events_Service>("events").Uses(Database("eventsdb"), redis, rabbitmq)
    .WithReference(bookings); // lowering a ticket type's capacity asks Bookings while the organizer waits
var payments = builder.AddService<Projects.Payments_Service>("payments").Uses(Database("paymentsdb"), redis, rabbitmq)
    .WithReplicasOf(settings.Replicas.Payments);
var notifications = builder.AddService<Projects.Notifications_Service>("notifications").Uses(Database("notificationsdb"), redis, rabbitmq, smtp);
var gateway = builder.AddService<Projects.Gateway>("gateway", ports.Gateway)
    .WithReference(auth).WithReference(events).WithReference(bookings).WithReference(payments).WithReference(notifications);

foreach (var service in new[] { auth, bookings, events, payments, notifications, gateway })
    service.TrustsTokensOf(auth, gateway);
builder.RestartCrashedResources().WithoutOrchestratorWatchdogs();
builder.Build().Run();
