using System.Net;
using System.Net.Sockets;

namespace Platform.AppHost;

public static class FreePort
{
    private static readonly HashSet<int> Handed = [];

    /// <summary>A port nobody listens on now; never the same one twice in this process.</summary>
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Handed)
            {
                if (Handed.Add(port))
                    return port;
            }
        }
    }

    /// <summary>Ports a run asked for by number: a free port handed to another resource must never be one of them.</summary>
    public static void Reserve(IEnumerable<int> ports)
    {
        lock (Handed)
        {
            foreach (var port in ports.Where(p => p > 0))
                Handed.Add(port);
        }
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>0 means a free one; a fixed port must be free or start fails with a clear message.</summary>
    internal static int Resolve(int requested, string what, string option)
    {
        if (requested == 0)
            return Next();
        if (!IsFree(requested))
            throw new PrerequisiteException($"Port {requested} for {what} is already in use: stop whatever listens on it, or pass {option} <port>.");
        return requested;
    }
}
