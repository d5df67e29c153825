namespace Platform.AppHost;

/// <summary>One resource's captured output: appended to logs/&lt;name&gt;.log and optionally echoed with a [name] prefix.</summary>
public sealed class ResourceLog(string name, string path, TextWriter? echo)
{
    private readonly Lock _gate = new();

    public string Path => path;

    public void Write(string line)
    {
        lock (_gate)
        {
            foreach (var part in line.TrimEnd('\n').Split('\n'))
            {
                TryAppend(part);
                echo?.WriteLine($"[{name}] {part}");
            }
        }
    }

    // A stopped process's last lines can arrive after a throw-away run's folder was deleted; they are dropped.
    private void TryAppend(string line)
    {
        try
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    public string Read()
    {
        lock (_gate)
            return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    public string Tail(int lines = 30)
    {
        var all = Read().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('\n', all.TakeLast(lines));
    }
}
