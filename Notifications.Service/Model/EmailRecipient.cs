namespace Notifications.Service.Model;

public sealed record EmailRecipient(string Email, string? Name);
