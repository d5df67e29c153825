using System.Globalization;

namespace Platform.ServiceDefaults.Money;

// Amounts as a person reads them: in the currency's minor units (110.00 EUR, 1,500 JPY, 2.500 KWD), however
// many digits the database or a sum carried ("110.0000").
public static class CurrencyAmounts
{
    // ISO 4217 currencies whose minor unit is not the cent.
    static readonly HashSet<string> NoMinorUnit = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    static readonly HashSet<string> ThreeDigits = new(StringComparer.OrdinalIgnoreCase)
    {
        "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND",
    };

    public static int MinorDigits(string currency) =>
        NoMinorUnit.Contains(currency) ? 0 : ThreeDigits.Contains(currency) ? 3 : 2;

    // Rounded half away from zero and carrying exactly the minor digits, so JSON shows 110.00, never 110 or 110.0000.
    public static decimal Exact(decimal amount, string currency)
    {
        var digits = MinorDigits(currency);
        return decimal.Round(amount, digits, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)digits);
    }

    // "1,234.50 EUR", "1,500 JPY": the ISO code, never a guessed symbol.
    public static string Format(decimal amount, string currency)
    {
        var digits = MinorDigits(currency);
        var pattern = digits == 0 ? "#,##0" : "#,##0." + new string('0', digits);
        return $"{Exact(amount, currency).ToString(pattern, CultureInfo.InvariantCulture)} {currency.ToUpperInvariant()}";
    }
}
