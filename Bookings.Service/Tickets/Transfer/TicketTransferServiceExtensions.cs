namespace Bookings.Service.Tickets.Transfer;

public static class TicketTransferServiceExtensions
{
    public static IHostApplicationBuilder AddTicketTransfer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<RecipientTicket>();
        builder.Services.AddScoped<TicketTransferDesk>();
        builder.Services.AddScoped<RevokedTickets>();
        return builder;
    }
}
