using System.Diagnostics;
using System.Text;
using Platform.AppHost;
using Xunit;

namespace Platform.Foundation.Tests.AppHost;

/// <summary>The real AppHost executable, as `./platform.sh run` starts it.</summary>
[Collection(AppHostProcessesCollection.Name)]
public sealed class RunCommandTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Run_stops_everything_and_exits_0_on_signal(string signal)
    {
        var data = Path.Combine(Path.GetTempPath(), "apphost-run-" + Guid.NewGuid().ToString("N")[..8]);
        var runTag = RunTag.NewValue();
        try
        {
            using var apphost = StartAppHost(data, runTag, FreePortArguments(), out var output);

            await WaitForOutputAsync(apphost, output, "all healthy", TimeSpan.FromMinutes(3));
            Assert.NotEmpty(RunTag.FindProcesses(runTag));
            Assert.Matches(@"Dashboard: +http://127\.0\.0\.1:\d+/login\?t=[0-9a-f]{32}", output.ToString());

            using (var kill = Process.Start("kill", ["-" + signal, apphost.Id.ToString()]))
                await kill.WaitForExitAsync();
            using var exited = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await apphost.WaitForExitAsync(exited.Token);

            Assert.True(apphost.ExitCode == 0, $"exit code {apphost.ExitCode}\n{output}");
            Assert.Empty(RunTag.FindProcesses(runTag));
            Assert.Contains("[apphost] stopped", output.ToString());
        }
        finally
        {
            RunTag.KillAll(runTag);
            if (Directory.Exists(data))
                Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Run_with_a_taken_port_says_so_in_one_line()
    {
        using var squatter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((System.Net.IPEndPoint)squatter.LocalEndpoint).Port;
        var data = Path.Combine(Path.GetTempPath(), "apphost-run-" + Guid.NewGuid().ToString("N")[..8]);
        var runTag = RunTag.NewValue();
        try
        {
            var args = FreePortArguments();
            args[Array.IndexOf(args, "--redis-port") + 1] = port.ToString();
            using var apphost = StartAppHost(data, runTag, args, out var output);
            using var exited = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await apphost.WaitForExitAsync(exited.Token);

            var errors = output.ToString().Split('\n').Where(l => l.StartsWith("apphost:")).ToList();
            Assert.NotEqual(0, apphost.ExitCode);
            Assert.Single(errors);
            Assert.Contains($"Port {port} for redis is already in use", errors[0]);
            Assert.DoesNotContain("   at ", output.ToString());
            Assert.Empty(RunTag.FindProcesses(runTag));
        }
        finally
        {
            RunTag.KillAll(runTag);
            if (Directory.Exists(data))
                Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Run_rejects_an_unknown_option_naming_it_and_starts_nothing()
    {
        var data = Path.Combine(Path.GetTempPath(), "apphost-run-" + Guid.NewGuid().ToString("N")[..8]);
        var runTag = RunTag.NewValue();
        using var apphost = StartAppHost(data, runTag, ["--gatway-port", "5081"], out var output);
        using var exited = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await apphost.WaitForExitAsync(exited.Token);

        Assert.Equal(2, apphost.ExitCode);
        Assert.Contains("unknown option '--gatway-port'", output.ToString());
        Assert.False(Directory.Exists(data), "nothing was started, so no data folder was made");
        Assert.Empty(RunTag.FindProcesses(runTag));
    }

    private static string[] FreePortArguments() =>
    [
        "--gateway-port", FreePort.Next().ToString(), "--postgres-port", FreePort.Next().ToString(),
        "--redis-port", FreePort.Next().ToString(), "--rabbitmq-port", FreePort.Next().ToString(),
        "--rabbitmq-management-port", FreePort.Next().ToString(), "--smtp-port", FreePort.Next().ToString(),
        "--dashboard-port", "0", "--dashboard-otlp-port", "0",
    ];

    private static Process StartAppHost(string data, string runTag, string[] ports, out StringBuilder output)
    {
        // A test run started in the background (`./platform.sh test &`) ignores SIGINT, and an ignored signal
        // stays ignored across exec, as Ctrl+C should for background jobs; env gives the AppHost Ctrl+C back.
        var info = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add(RepositoryLayout.DotnetHost);
        info.ArgumentList.Add(RepositoryLayout.ProjectAssembly("AppHost"));
        foreach (var arg in (string[])["--data", data, .. ports])
            info.ArgumentList.Add(arg);
        info.Environment[PlatformOptions.RunTagVariable] = runTag;
        var text = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (text) text.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (text) text.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = text;
        return process;
    }

    private static async Task WaitForOutputAsync(Process process, StringBuilder output, string expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (output)
            {
                if (output.ToString().Contains(expected))
                    return;
            }
            if (process.HasExited || DateTime.UtcNow > deadline)
                Assert.Fail($"No '{expected}' from the AppHost (exited: {process.HasExited}). Output:\n{output}");
            await Task.Delay(250);
        }
    }
}
