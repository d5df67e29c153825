using MimeKit;

namespace Platform.Foundation.Tests.EndToEnd.Replicas;

// Booking emails per recipient and kind, from the SMTP sink's Maildir; each file is parsed once, however often
// the test looks again.
internal sealed class MailTally(string maildirPath, IReadOnlySet<string> recipients)
{
    public const string Tickets = "Your tickets for";
    public const string Expired = "has expired";
    public const string Failed = "did not go through";
    public const string Refund = "Your refund of";
    static readonly string[] Kinds = [Tickets, Expired, Failed, Refund];

    readonly Dictionary<string, (string? Recipient, string Subject)> _seen = [];

    /// <summary>How many emails of <paramref name="kind"/> each recipient got so far.</summary>
    public IReadOnlyDictionary<(string Recipient, string Kind), int> Read()
    {
        foreach (var folder in new[] { "new", "cur" })
        {
            var path = Path.Combine(maildirPath, folder);
            if (!Directory.Exists(path))
                continue;
            foreach (var file in Directory.EnumerateFiles(path).Where(f => !_seen.ContainsKey(Path.GetFileName(f))))
            {
                var message = MimeMessage.Load(file);
                var to = message.To.Mailboxes.Select(m => m.Address.ToLowerInvariant()).FirstOrDefault(recipients.Contains);
                _seen[Path.GetFileName(file)] = (to, message.Subject ?? "");
            }
        }
        return _seen.Values
            .Where(m => m.Recipient is not null)
            .SelectMany(m => Kinds.Where(k => m.Subject.Contains(k, StringComparison.Ordinal)).Select(k => (m.Recipient!, k)))
            .GroupBy(x => x)
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
