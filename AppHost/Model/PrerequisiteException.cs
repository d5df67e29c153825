namespace Platform.AppHost;

/// <summary>Something the machine must provide is missing; the message names it and how to fix it.</summary>
public sealed class PrerequisiteException(string message) : Exception(message);
