using Bookings.Service.Catalog;

namespace Bookings.Service.Ordering;

// What the catalog allows for one request at one instant: every failure is keyed by the request's field.
public static class SaleRules
{
    public static Dictionary<string, string[]> Check(CatalogEvent? catalogEvent, CatalogOccurrence? occurrence, OrderRequest order, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (catalogEvent is null || occurrence is null)
        {
            errors["occurrenceId"] = ["No occurrence with this id is on sale."];
            return errors;
        }
        if (catalogEvent.Status != CatalogEvent.Published)
            errors["occurrenceId"] = [$"The event is not on sale (it is {catalogEvent.Status.ToLowerInvariant()})."];
        else if (occurrence.Status == CatalogOccurrence.Cancelled)
            errors["occurrenceId"] = ["This occurrence was cancelled."];
        else if (occurrence.StartsAt <= now)
            errors["occurrenceId"] = ["This occurrence has already started."];

        var currencies = new HashSet<string>();
        foreach (var line in order.Lines)
        {
            var ticketType = catalogEvent.TicketTypes.FirstOrDefault(t => t.Id == line.TicketTypeId);
            if (ticketType is null)
            {
                errors[line.Field("ticketTypeId")] = ["This event has no such ticket type."];
                continue;
            }
            currencies.Add(ticketType.Currency);
            if (ticketType.SalesStartAt is { } opens && now < opens)
                errors[line.Field("ticketTypeId")] = [$"Sales of {ticketType.Name} open at {opens:O}."];
            else if (ticketType.SalesEndAt is { } closes && now >= closes)
                errors[line.Field("ticketTypeId")] = [$"Sales of {ticketType.Name} closed at {closes:O}."];
            if (line.Quantity < ticketType.MinPerOrder)
                errors[line.Field("quantity")] = [$"At least {ticketType.MinPerOrder} of {ticketType.Name} per order."];
            else if (ticketType.MaxPerOrder > 0 && line.Quantity > ticketType.MaxPerOrder)
                errors[line.Field("quantity")] = [$"At most {ticketType.MaxPerOrder} of {ticketType.Name} per order."];
            else if (ticketType.MaxPerCustomer is { } perCustomer && line.Quantity > perCustomer)
                errors[line.Field("quantity")] = [$"At most {perCustomer} of {ticketType.Name} per customer."];
        }
        if (currencies.Count > 1)
            errors["lines"] = ["All ticket types of one booking must be priced in the same currency."];
        return errors;
    }
}
