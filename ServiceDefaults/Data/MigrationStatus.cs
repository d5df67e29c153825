using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Data;

// What the migrator has achieved so far, for the health check to report.
public sealed class MigrationStatus<TDbContext> where TDbContext : DbContext
{
    private volatile bool _applied;
    private volatile string? _lastError;

    public bool Applied => _applied;

    public string? LastError => _lastError;

    public void MarkApplied()
    {
        _lastError = null;
        _applied = true;
    }

    public void MarkFailed(string error) => _lastError = error;
}
