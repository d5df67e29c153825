using Platform.ServiceDefaults.Background;

namespace Payments.Service.Refunds;

public sealed class RefundWakeUp : WakeUpSignal;
