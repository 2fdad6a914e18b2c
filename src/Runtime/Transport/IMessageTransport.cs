using OrleansLife.Runtime.Placement;

namespace OrleansLife.Runtime.Transport;

/// <summary>
/// Carries messages to other silos. Implementations must deliver messages from one silo to another in the order
/// they were sent; the in-process cluster used in tests delivers them at once, a network transport over a connection.
/// </summary>
public interface IMessageTransport
{
    void Send(SiloAddress destination, TransportMessage message);
}
