using MimeKit;

namespace Platform.Testing;

// Reads what the SMTP sink stored in its Maildir; tests tell their mail apart by a unique recipient.
public static class Mailbox
{
    public static IReadOnlyList<MimeMessage> To(string maildirPath, string recipient)
    {
        var found = new List<MimeMessage>();
        foreach (var folder in new[] { "new", "cur" })
        {
            var path = Path.Combine(maildirPath, folder);
            if (!Directory.Exists(path))
                continue;
            foreach (var file in Directory.EnumerateFiles(path))
            {
                var message = MimeMessage.Load(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase)))
                    found.Add(message);
            }
        }
        return found;
    }

    public static string UniqueAddress(string who) => $"{who}-{Guid.NewGuid():N}@example.test";
}
