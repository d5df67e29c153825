using Bookings.Service.Apis;
using Bookings.Service.Coupons;

namespace Bookings.Service.Ordering;

// Checks what needs no catalog: present, well-formed, within bounds. Failures are 400s naming the field.
public static class OrderRequestShape
{
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxLines = 20;
    public const int MaxQuantityPerLine = 100;

    public static bool TryRead(string? idempotencyKey, PlaceBookingRequest? request, out OrderRequest order, out Dictionary<string, string[]> errors)
    {
        errors = [];
        order = new OrderRequest(Guid.Empty, []);
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength)
            errors["idempotencyKey"] = [$"The Idempotency-Key header is required: 1 to {MaxIdempotencyKeyLength} characters."];
        if (request is null)
        {
            errors["body"] = ["A JSON body with occurrenceId and lines is required."];
            return false;
        }
        if (request.OccurrenceId is null || request.OccurrenceId == Guid.Empty)
            errors["occurrenceId"] = ["occurrenceId is required."];
        if (request.CouponCode is not null && !CouponDefinition.IsWellFormedCode(request.CouponCode))
            errors["couponCode"] = [$"couponCode is {CouponDefinition.MinCodeLength} to {CouponDefinition.MaxCodeLength} characters: letters, digits, '-' or '_'."];
        if (request.Lines is null || request.Lines.Count == 0)
            errors["lines"] = ["At least one line is required."];
        else if (request.Lines.Count > MaxLines)
            errors["lines"] = [$"At most {MaxLines} lines."];

        var lines = new List<OrderLine>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < (request.Lines?.Count ?? 0) && request.Lines!.Count <= MaxLines; i++)
        {
            var line = request.Lines[i];
            if (line is null)
            {
                errors[$"lines[{i}]"] = ["A line needs ticketTypeId and quantity."];
                continue;
            }
            if (line.TicketTypeId is null || line.TicketTypeId == Guid.Empty)
                errors[$"lines[{i}].ticketTypeId"] = ["ticketTypeId is required."];
            else if (!seen.Add(line.TicketTypeId.Value))
                errors[$"lines[{i}].ticketTypeId"] = ["Each ticket type may appear in one line only."];
            if (line.Quantity is null or < 1 or > MaxQuantityPerLine)
                errors[$"lines[{i}].quantity"] = [$"quantity must be a whole number from 1 to {MaxQuantityPerLine}."];
            if (line.TicketTypeId is { } ticketTypeId && line.Quantity is { } quantity)
                lines.Add(new OrderLine(ticketTypeId, quantity, i));
        }
        if (errors.Count > 0)
            return false;
        order = new OrderRequest(request.OccurrenceId!.Value, lines, request.CouponCode is null ? null : CouponDefinition.Normalize(request.CouponCode));
        return true;
    }
}
