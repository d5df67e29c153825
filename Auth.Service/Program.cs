using Auth.Service.Admin;
using Auth.Service.Extensions;
using Auth.Service.Organizations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAccounts();
app.MapOrganizationsApi();
app.MapAdminApi();
app.Run();
