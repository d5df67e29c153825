using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Background;

namespace Platform.ServiceDefaults.Messaging;

// Wakes the relay of the same DbContext when an outbox write commits.
internal sealed class OutboxWakeUp<TDbContext> : WakeUpSignal where TDbContext : DbContext;
