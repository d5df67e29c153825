using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bookings.Service.Apis;

namespace Bookings.Service.Coupons;

// A coupon request checked for shape (no catalog needed): failures are 400s keyed by the camelCase field.
public sealed partial record CouponDefinition(
    string Code,
    Guid? EventId,
    string Kind,
    decimal Amount,
    string? Currency,
    decimal? MinimumOrder,
    int? MaxRedemptions,
    int? MaxPerCustomer,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    IReadOnlyList<Guid> TicketTypeIds)
{
    public const int MinCodeLength = 3;
    public const int MaxCodeLength = 32;
    public const int MaxTicketTypes = 50;
    public const decimal MaxMoney = 1_000_000m;

    [GeneratedRegex("^[A-Z0-9_-]+$")]
    private static partial Regex CodeCharacters();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    // The shape a customer's couponCode must have before it is looked up.
    public static bool IsWellFormedCode(string code)
    {
        var normalized = Normalize(code);
        return normalized.Length is >= MinCodeLength and <= MaxCodeLength && CodeCharacters().IsMatch(normalized);
    }

    public static bool TryRead(CreateCouponRequest? request, out CouponDefinition definition, out Dictionary<string, string[]> errors)
    {
        errors = [];
        definition = null!;
        if (request is null)
        {
            errors["body"] = ["A JSON body with code, kind and amount is required."];
            return false;
        }

        if (string.IsNullOrWhiteSpace(request.Code) || !IsWellFormedCode(request.Code))
            errors["code"] = [$"code must be {MinCodeLength} to {MaxCodeLength} characters: letters A-Z, digits, '-' or '_'."];
        if (request.EventId == Guid.Empty)
            errors["eventId"] = ["eventId must be an event's id, or null for every event of the organization."];

        var currency = request.Currency?.Trim().ToUpperInvariant();
        if (currency is not null && !CurrencyCode().IsMatch(currency))
            errors["currency"] = ["currency must be an ISO 4217 code such as EUR."];

        switch (request.Kind)
        {
            case CouponKinds.Percent:
                if (request.Amount is not { } percent || percent < 1m || percent > 100m || decimal.Round(percent, 2) != percent)
                    errors["amount"] = ["A percent coupon's amount is from 1 to 100, with at most 2 decimals."];
                break;
            case CouponKinds.Fixed:
                if (request.Amount is not { } money || money <= 0m || money > MaxMoney || decimal.Round(money, 2) != money)
                    errors["amount"] = [$"A fixed coupon's amount is above 0 and at most {MaxMoney.ToString(CultureInfo.InvariantCulture)}, with at most 2 decimals."];
                if (currency is null)
                    errors.TryAdd("currency", ["A fixed coupon needs the currency of its amount."]);
                break;
            default:
                errors["kind"] = ["kind must be \"percent\" or \"fixed\"."];
                break;
        }

        if (request.MinimumOrder is { } minimum)
        {
            if (minimum <= 0m || minimum > MaxMoney || decimal.Round(minimum, 2) != minimum)
                errors["minimumOrder"] = [$"minimumOrder is above 0 and at most {MaxMoney.ToString(CultureInfo.InvariantCulture)}, with at most 2 decimals."];
            else if (currency is null)
                errors.TryAdd("currency", ["A minimumOrder needs the currency it is counted in."]);
        }
        if (request.MaxRedemptions is < 1)
            errors["maxRedemptions"] = ["maxRedemptions is at least 1, or null for no limit."];
        if (request.MaxPerCustomer is < 1)
            errors["maxPerCustomer"] = ["maxPerCustomer is at least 1, or null for no limit."];
        if (request.ValidFrom is { } from && request.ValidUntil is { } until && until <= from)
            errors["validUntil"] = ["validUntil must be after validFrom."];

        var ticketTypeIds = request.TicketTypeIds ?? [];
        if (ticketTypeIds.Count > MaxTicketTypes)
            errors["ticketTypeIds"] = [$"At most {MaxTicketTypes} ticket types."];
        else if (ticketTypeIds.Any(id => id == Guid.Empty))
            errors["ticketTypeIds"] = ["ticketTypeIds must be ticket types' ids."];
        else if (ticketTypeIds.Distinct().Count() != ticketTypeIds.Count)
            errors["ticketTypeIds"] = ["Each ticket type may appear once."];

        if (errors.Count > 0)
            return false;
        definition = new CouponDefinition(
            Normalize(request.Code!), request.EventId, request.Kind!, request.Amount!.Value, currency, request.MinimumOrder,
            request.MaxRedemptions, request.MaxPerCustomer, request.ValidFrom?.ToUniversalTime(), request.ValidUntil?.ToUniversalTime(),
            ticketTypeIds.Order().ToList());
        return true;
    }

    // The same definition gives the same fingerprint: a replay with the same Idempotency-Key is recognised.
    public string Fingerprint()
    {
        var canonical = string.Join('|',
            Code, EventId?.ToString("N") ?? "", Kind, Amount.ToString(CultureInfo.InvariantCulture), Currency ?? "",
            MinimumOrder?.ToString(CultureInfo.InvariantCulture) ?? "", MaxRedemptions?.ToString(CultureInfo.InvariantCulture) ?? "",
            MaxPerCustomer?.ToString(CultureInfo.InvariantCulture) ?? "", ValidFrom?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "",
            ValidUntil?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "", string.Join(',', TicketTypeIds.Select(id => id.ToString("N"))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
