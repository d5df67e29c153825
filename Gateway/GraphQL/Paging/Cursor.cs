using System.Globalization;
using System.Text;
using GraphQL.Validation;
using Platform.Gateway.GraphQL.Errors;

namespace Platform.Gateway.GraphQL.Paging;

// An opaque cursor naming an item's position in a list; the services page by number, so a position is all we need.
public static class Cursor
{
    const string Prefix = "at:";

    public static string At(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static int OffsetAfter(string? cursor)
    {
        if (cursor is null)
            return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset + 1;
        }
        catch (FormatException)
        {
        }
        throw new ValidationError("The after argument is not a cursor this API gave out; pass an edge's cursor or pageInfo.endCursor.")
        {
            Code = ErrorCodes.Validation,
            Extensions = new() { ["code"] = ErrorCodes.Validation, ["field"] = "after" },
        };
    }
}
