using System.Text;

namespace Platform.AppHost.Dashboard;

/// <summary>A chunk of a resource's console output and where the next poll continues.</summary>
public sealed record ConsoleChunk(string Text, long Next);

/// <summary>Reads a resource's captured output (its log file) from a byte offset, so the page can poll for new lines.</summary>
internal static class ConsoleOutput
{
    private const int MaxChunkBytes = 256 * 1024;
    private const int FirstChunkBytes = 64 * 1024;

    /// <param name="from">A byte offset from an earlier chunk, or negative for the last lines.</param>
    public static ConsoleChunk Read(Resource resource, long from)
    {
        string path;
        try
        {
            path = resource.Log.Path;
        }
        catch (InvalidOperationException)
        {
            return new ConsoleChunk("", 0);
        }
        if (!File.Exists(path))
            return new ConsoleChunk("", 0);

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = file.Length;
        if (from < 0 || from > length)
            from = Math.Max(0, length - FirstChunkBytes);
        var count = (int)Math.Min(MaxChunkBytes, length - from);
        var bytes = new byte[count];
        file.Seek(from, SeekOrigin.Begin);
        file.ReadExactly(bytes);
        // Only whole lines, so a multi-byte character or a line is never split between two polls.
        var end = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (end == 0 && count == MaxChunkBytes)
            end = count;
        return new ConsoleChunk(Encoding.UTF8.GetString(bytes, 0, end), from + end);
    }
}
