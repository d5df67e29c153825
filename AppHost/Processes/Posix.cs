using System.Runtime.InteropServices;

namespace Platform.AppHost;

internal static class Posix
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    [DllImport("libc", SetLastError = true, EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    public static bool IsRoot => GetEffectiveUserId() == 0;

    /// <summary>Signals every process of a group; false when the group no longer exists.</summary>
    public static bool SignalGroup(int processGroupId, int signal) => Kill(-processGroupId, signal) == 0;

    public static bool SignalProcess(int pid, int signal) => Kill(pid, signal) == 0;

    public static bool GroupExists(int processGroupId) => Kill(-processGroupId, 0) == 0;
}
