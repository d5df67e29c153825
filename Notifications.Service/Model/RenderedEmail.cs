namespace Notifications.Service.Model;

public sealed record RenderedEmail(string Subject, string Html, string Text);
