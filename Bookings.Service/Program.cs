using Bookings.Service.Apis;
using Bookings.Service.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapBookingsApi();
app.MapTicketsApi();
app.MapCancellationApi();
app.MapCheckInApi();
app.MapWaitingListApi();
app.MapWaitingListOrganizerApi();
app.MapRefundsOrganizerApi();
app.MapTicketTransferApi();
app.MapCouponsApi();
app.Run();
