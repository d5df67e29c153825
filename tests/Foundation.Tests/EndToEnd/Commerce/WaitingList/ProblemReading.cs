using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

internal static class ProblemReading
{
    /// <summary>Asserts the status and returns the ProblemDetails body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}: {await Customer.DescribeAsync(response)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Reason(this JsonElement problem) => problem.GetProperty("reason").GetString()!;

    public static IEnumerable<string> ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name);
}
