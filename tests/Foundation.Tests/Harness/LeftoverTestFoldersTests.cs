using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Harness;

// A killed test run must not leave its servers' data on the disk for ever, and a sweep must never take the
// folder of a run that is still going.
public sealed class LeftoverTestFoldersTests : IDisposable
{
    readonly string parent = Directory.CreateTempSubdirectory("sweep-").FullName;

    public void Dispose() => Directory.Delete(parent, recursive: true);

    [Fact]
    public void A_run_removes_folders_of_earlier_runs_whose_servers_are_gone_and_keeps_the_rest()
    {
        var killedLongAgo = Folder("killed", postgresPid: null, age: TimeSpan.FromHours(2));
        var serverGone = Folder("gone", postgresPid: int.MaxValue, age: TimeSpan.FromHours(2));
        var stillRunning = Folder("running", postgresPid: Environment.ProcessId, age: TimeSpan.FromHours(2));
        var justStarting = Folder("starting", postgresPid: null, age: TimeSpan.FromSeconds(5));
        var notOurs = Directory.CreateDirectory(Path.Combine(parent, "someone-else")).FullName;
        Directory.SetLastWriteTimeUtc(notOurs, DateTime.UtcNow.AddDays(-1));

        LeftoverTestFolders.Sweep(parent);

        Assert.False(Directory.Exists(killedLongAgo), "a folder without a server, hours old, stays");
        Assert.False(Directory.Exists(serverGone), "a folder whose PostgreSQL is gone stays");
        Assert.True(Directory.Exists(stillRunning), "the folder of a running PostgreSQL was removed");
        Assert.True(Directory.Exists(justStarting), "the folder of a run that is starting was removed");
        Assert.True(Directory.Exists(notOurs), "a folder the harness did not make was removed");
    }

    string Folder(string name, int? postgresPid, TimeSpan age)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, LeftoverTestFolders.Prefix + name)).FullName;
        if (postgresPid is { } pid)
        {
            var postgres = Directory.CreateDirectory(Path.Combine(folder, "postgres")).FullName;
            File.WriteAllLines(Path.Combine(postgres, "postmaster.pid"), [pid.ToString(), postgres]);
        }
        Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow - age);
        return folder;
    }
}
