namespace Platform.Foundation.Tests.EndToEnd.Crash;

// Every request the crowd sent, with when it left and when it was answered (or given up), so an outage can be
// described as a client saw it.
internal sealed class Calls
{
    readonly List<Call> _calls = [];

    public void Add(Call call)
    {
        lock (_calls)
            _calls.Add(call);
    }

    public IReadOnlyList<Call> All
    {
        get
        {
            lock (_calls)
                return [.. _calls];
        }
    }
}

/// <summary>One request: what it was (booking, payment, confirm) and how it ended: a status code, or null without an answer.</summary>
internal sealed record Call(string What, DateTime SentAt, DateTime EndedAt, int? Status)
{
    public const string Booking = "booking";
    public const string Payment = "payment";
    public const string Confirm = "confirm";

    public TimeSpan Took => EndedAt - SentAt;

    public bool Succeeded => Status is >= 200 and < 300;

    public bool Failed => Status is null or >= 500;
}
