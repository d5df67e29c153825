namespace Payments.Service.Domain;

public enum AttemptKind
{
    Charge,
    ChargeLookup,
    Refund,
}
