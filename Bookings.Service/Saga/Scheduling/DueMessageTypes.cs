using Bookings.Service.Saga.Messages;
using MassTransit;

namespace Bookings.Service.Saga.Scheduling;

// The messages Bookings' scheduler delivers, by the message-type names a ScheduleMessage carries. A schedule
// of anything else is refused: nothing here could deliver it.
public static class DueMessageTypes
{
    static readonly Dictionary<string, Type> ByName = new[] { typeof(BookingHoldExpired) }
        .ToDictionary(type => MessageUrn.ForTypeString(type));

    public static Type? Resolve(IEnumerable<string> payloadTypes) =>
        payloadTypes.Select(name => ByName.GetValueOrDefault(name)).FirstOrDefault(type => type is not null);
}
