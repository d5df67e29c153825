using Platform.ServiceDefaults.Money;

namespace Notifications.Service.Bookings;

public static class Money
{
    // "1,234.50 EUR", "1,500 JPY": the currency's minor units and its ISO code, never a guessed symbol.
    public static string Format(decimal amount, string currency) => CurrencyAmounts.Format(amount, currency);
}
