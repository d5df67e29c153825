namespace Platform.Gateway.GraphQL.Errors;

// The `extensions.code` of a GraphQL error, one per kind of REST refusal, so clients branch on it as they would on a status.
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string SoldOut = "SOLD_OUT";
    public const string Conflict = "CONFLICT";
    public const string PaymentDeclined = "PAYMENT_DECLINED";
    public const string Unprocessable = "UNPROCESSABLE";
    public const string RateLimited = "RATE_LIMITED";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string TooDeep = "MAX_DEPTH_EXCEEDED";
    public const string TooComplex = "MAX_COMPLEXITY_EXCEEDED";
    public const string PageTooLarge = "PAGE_SIZE_EXCEEDED";
    public const string BadRequest = "BAD_REQUEST";

    public static string ForStatus(int status, bool soldOut) => status switch
    {
        400 => Validation,
        401 => Unauthenticated,
        402 => PaymentDeclined,
        403 => Forbidden,
        404 => NotFound,
        409 when soldOut => SoldOut,
        409 => Conflict,
        422 => Unprocessable,
        429 => RateLimited,
        _ => ServiceUnavailable,
    };
}
