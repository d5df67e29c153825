using Bookings.Service.Apis;
using Bookings.Service.Ordering;

namespace Bookings.Service.WaitingList;

public sealed record WaitingListRequest(Guid OccurrenceId, Guid TicketTypeId, int Quantity)
{
    // The booking rules speak of order lines; a waiting-list entry is one line.
    public OrderRequest AsOrder() => new(OccurrenceId, [new OrderLine(TicketTypeId, Quantity, 0)]);

    public string Fingerprint() => AsOrder().Fingerprint();
}

// Checks what needs no catalog: present, well-formed, within bounds. Failures are 400s naming the field.
public static class WaitingListRequestShape
{
    public static bool TryRead(string? idempotencyKey, JoinWaitingListRequest? request, out WaitingListRequest wanted, out Dictionary<string, string[]> errors)
    {
        errors = [];
        wanted = new WaitingListRequest(Guid.Empty, Guid.Empty, 0);
        if (!IdempotencyKeyIsValid(idempotencyKey))
            errors["idempotencyKey"] = [$"The Idempotency-Key header is required: 1 to {OrderRequestShape.MaxIdempotencyKeyLength} characters."];
        if (request is null)
        {
            errors["body"] = ["A JSON body with occurrenceId, ticketTypeId and quantity is required."];
            return false;
        }
        if (request.OccurrenceId is null || request.OccurrenceId == Guid.Empty)
            errors["occurrenceId"] = ["occurrenceId is required."];
        if (request.TicketTypeId is null || request.TicketTypeId == Guid.Empty)
            errors["ticketTypeId"] = ["ticketTypeId is required."];
        if (request.Quantity is null or < 1 or > OrderRequestShape.MaxQuantityPerLine)
            errors["quantity"] = [$"quantity must be a whole number from 1 to {OrderRequestShape.MaxQuantityPerLine}."];
        if (errors.Count > 0)
            return false;
        wanted = new WaitingListRequest(request.OccurrenceId!.Value, request.TicketTypeId!.Value, request.Quantity!.Value);
        return true;
    }

    public static bool IdempotencyKeyIsValid(string? idempotencyKey) =>
        !string.IsNullOrWhiteSpace(idempotencyKey) && idempotencyKey.Length <= OrderRequestShape.MaxIdempotencyKeyLength;
}
