using Platform.Gateway.ApiDocs;
using Platform.Gateway.Extensions;
using Platform.Gateway.GraphQL;
using Platform.Gateway.GraphQL.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();
builder.AddGatewayGraphQL();

var app = builder.Build();
app.UseGatewayProtections();
app.MapDefaultEndpoints();
app.MapServiceApiReference();
app.MapGraphQL();
app.MapGatewayRoutes();
app.Run();
