using System.Runtime.InteropServices;
using Platform.AppHost;

// `run`: the whole platform on this machine until Ctrl+C or SIGTERM, then everything stops and we exit 0.
if (RunArguments.WantsHelp(args))
{
    Console.WriteLine(RunArguments.Usage);
    return 0;
}

using var stopping = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.Cancel();
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

try
{
    var (options, fresh) = RunArguments.Parse(args, Console.Out);
    if (fresh && Directory.Exists(options.DataPath))
    {
        Console.WriteLine($"[apphost] --fresh: deleting {options.DataPath}");
        Directory.Delete(options.DataPath, recursive: true);
    }
    await using var app = await PlatformModel.Create(options).StartAsync(stopping.Token);
    try
    {
        await Task.Delay(Timeout.Infinite, stopping.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine("[apphost] stopping: projects first, then infrastructure");
    }
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    Console.WriteLine("[apphost] stopped while starting");
}
catch (PrerequisiteException e)
{
    Console.Error.WriteLine($"apphost: {e.Message}");
    return 2;
}
catch (Exception e) when (e is TimeoutException or InvalidOperationException)
{
    Console.Error.WriteLine($"apphost: {e.Message}");
    return 1;
}
Console.WriteLine("[apphost] stopped");
return 0;
