using System.Diagnostics;

namespace Platform.AppHost;

/// <summary>
/// A child started through setsid so it leads its own session and process group: a terminal's Ctrl+C
/// reaches only the AppHost, and stopping signals the whole group (grandchildren included).
/// </summary>
internal sealed class ChildProcess
{
    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process) => _process = process;

    public int Pid { get; private set; }

    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public static ChildProcess Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment, ResourceLog log, string workingDirectory, ProcessGroups groups)
    {
        var info = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(file);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Write(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Write(e.Data); };
        process.Exited += (_, _) => child._exited.TrySetResult(SafeExitCode(process));
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {file}.");
        child.Pid = process.Id;
        groups.Add(child.Pid);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    private static int SafeExitCode(Process process)
    {
        try { return process.ExitCode; }
        catch (InvalidOperationException) { return -1; }
    }

    public void Signal(int signal) => Posix.SignalGroup(Pid, signal);

    /// <summary>Signals the group, waits, then SIGKILLs whatever of the group is left.</summary>
    public async Task StopAsync(int signal, TimeSpan timeout)
    {
        if (!HasExited)
        {
            Signal(signal);
            await Task.WhenAny(Exited, Task.Delay(timeout));
        }
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (Posix.GroupExists(Pid) && DateTime.UtcNow < deadline)
        {
            Posix.SignalGroup(Pid, Posix.SIGKILL);
            await Task.Delay(50);
        }
        await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    public async Task KillAsync()
    {
        Signal(Posix.SIGKILL);
        await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(10)));
    }
}
