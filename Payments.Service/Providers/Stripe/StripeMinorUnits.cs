namespace Payments.Service.Providers.Stripe;

// Stripe counts money in the currency's smallest unit: cents for EUR, whole yen for JPY.
public static class StripeMinorUnits
{
    static readonly HashSet<string> ZeroDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    public static long From(decimal amount, string currency) =>
        (long)decimal.Round(ZeroDecimal.Contains(currency) ? amount : amount * 100m, 0, MidpointRounding.AwayFromZero);
}
