using Platform.Gateway.ApiDocs;
using Platform.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseGatewayProtections();
app.MapDefaultEndpoints();
app.MapServiceApiReference();
app.MapGatewayRoutes();
app.Run();
