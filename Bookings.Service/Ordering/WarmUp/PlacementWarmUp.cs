namespace Bookings.Service.Ordering.WarmUp;

// Whether the placement path has been rehearsed; until then the service is not ready for a drop.
public sealed class PlacementWarmUp
{
    volatile bool done;

    public bool Done => done;

    public void Finish() => done = true;
}
