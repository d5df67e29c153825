using System.Text;

namespace Platform.AppHost;

internal static class ResourceTable
{
    public static string Render(IEnumerable<Resource> resources)
    {
        var rows = resources.Select(r => (r.Name, Kind: r.Kind + (r.IsExternal ? " (external)" : ""),
            State: r.State.ToString() + (r is ProjectResource { RestartCount: > 0 } p ? $" (restarts: {p.RestartCount})" : ""), r.Display)).ToList();
        var nameWidth = Math.Max(4, rows.Max(r => r.Name.Length));
        var kindWidth = Math.Max(4, rows.Max(r => r.Kind.Length));
        var stateWidth = Math.Max(5, rows.Max(r => r.State.Length));
        var text = new StringBuilder();
        text.AppendLine($"{"NAME".PadRight(nameWidth)}  {"KIND".PadRight(kindWidth)}  {"STATE".PadRight(stateWidth)}  ENDPOINT");
        foreach (var row in rows)
            text.AppendLine($"{row.Name.PadRight(nameWidth)}  {row.Kind.PadRight(kindWidth)}  {row.State.PadRight(stateWidth)}  {row.Display}");
        return text.ToString();
    }

    public static string UsefulUrls(PlatformModel model, AdminAccount admin)
    {
        var text = new StringBuilder();
        if (model.Resources.OfType<ProjectResource>().FirstOrDefault(p => p.Name == "gateway") is { } gateway)
        {
            text.AppendLine($"Gateway:             {gateway.Url}");
            text.AppendLine($"API docs:            {new Uri(gateway.Url, "/scalar")}");
        }
        if (model.Resources.OfType<ProjectResource>().Any(p => p.Name == "auth"))
            text.AppendLine(admin.PasswordWasGenerated
                ? $"Platform admin:      {admin.Email}, password {admin.Password} (kept in {admin.PasswordSource})"
                : $"Platform admin:      {admin.Email}, password as configured");
        if (model.Resources.OfType<RabbitMqResource>().FirstOrDefault()?.ManagementUrl is { } management)
            text.AppendLine($"RabbitMQ management: {management} (user {RabbitMqResource.UserName}, password {RabbitMqResource.Password})");
        if (model.Resources.OfType<SmtpResource>().FirstOrDefault()?.MaildirPath is { } maildir)
            text.AppendLine($"Mail (Maildir):      {maildir}");
        return text.ToString();
    }
}
