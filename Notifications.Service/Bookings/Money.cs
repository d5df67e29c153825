using System.Globalization;

namespace Notifications.Service.Bookings;

public static class Money
{
    // "1,234.50 EUR": the ISO code, never a guessed symbol.
    public static string Format(decimal amount, string currency) =>
        $"{amount.ToString("#,##0.00", CultureInfo.InvariantCulture)} {currency.ToUpperInvariant()}";
}
