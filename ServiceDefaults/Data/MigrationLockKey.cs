using System.Security.Cryptography;
using System.Text;

namespace Platform.ServiceDefaults.Data;

public static class MigrationLockKey
{
    // A stable 64-bit advisory-lock key per database name; string.GetHashCode differs per process.
    public static long For(string databaseName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"platform-migrations:{databaseName}"));
        return BitConverter.ToInt64(hash, 0);
    }
}
