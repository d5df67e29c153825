namespace Platform.AppHost.Infrastructure;

internal static class ArgumentLists
{
    /// <summary>Command-line arguments mixing strings and values Aspire resolves at start (ports).</summary>
    public static void Append(this IList<object> args, params IEnumerable<object> values)
    {
        foreach (var value in values)
            args.Add(value);
    }
}
