using Payments.Service.Apis;
using Payments.Service.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPaymentsApi();
app.Run();
