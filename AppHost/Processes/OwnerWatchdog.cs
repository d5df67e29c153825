using System.Diagnostics;

namespace Platform.AppHost;

/// <summary>
/// A tiny shell loop in its own session: when the owner dies abruptly (a killed test host), it
/// terminates every process carrying the run tag, so no child outlives its owner.
/// </summary>
internal sealed class OwnerWatchdog
{
    private readonly Process _process;

    private OwnerWatchdog(Process process) => _process = process;

    public static OwnerWatchdog Start(string runTag, string? deleteFolder)
    {
        var entry = $"{PlatformOptions.RunTagVariable}={runTag}";
        var sweep = $"for p in /proc/[0-9]*; do grep -qzx '{entry}' $p/environ 2>/dev/null && kill -$1 ${{p#/proc/}} 2>/dev/null; done";
        var script = $"sweep() {{ {sweep}; }}; " +
                     $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; " +
                     "sweep TERM; sleep 5; sweep KILL" +
                     (deleteFolder is null ? "" : $"; sleep 1; rm -rf '{deleteFolder.Replace("'", "'\\''")}'");
        var info = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add("sh");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        // The watchdog itself must not carry the tag, or its sweep would kill it first.
        info.Environment.Remove(PlatformOptions.RunTagVariable);
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the owner watchdog.");
        process.StandardInput.Close();
        return new OwnerWatchdog(process);
    }

    public void Stop()
    {
        try
        {
            if (!_process.HasExited)
                Posix.SignalGroup(_process.Id, Posix.SIGKILL);
            _process.WaitForExit(2000);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
