namespace Platform.ServiceDefaults.Data;

// Whether a service's database is migrated, without naming its DbContext.
public interface IDatabaseReadiness
{
    bool Applied { get; }
}
