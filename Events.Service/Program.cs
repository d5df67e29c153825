using Events.Service.Apis;
using Events.Service.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPublicCatalogApi();
app.MapOrganizerApi();
app.Run();
