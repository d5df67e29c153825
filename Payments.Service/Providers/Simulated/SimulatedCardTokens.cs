namespace Payments.Service.Providers.Simulated;

public static class SimulatedCardTokens
{
    public const string Success = "tok_success";
    public const string Decline = "tok_decline";
    public const string InsufficientFunds = "tok_insufficient_funds";
    public const string Unavailable = "tok_unavailable";
    public const string Slow = "tok_slow";
    public const string SuccessLate = "tok_success_late";

    public static readonly IReadOnlyList<string> All = [Success, Decline, InsufficientFunds, Unavailable, Slow, SuccessLate];
}
