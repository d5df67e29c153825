using Notifications.Service.Apis;
using Notifications.Service.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapNotificationsApi();
app.Run();
