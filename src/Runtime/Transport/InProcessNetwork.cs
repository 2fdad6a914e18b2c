namespace OrleansLife.Runtime.Transport;

/// <summary>
/// Connects silos that share a process as if over a network: every message is encoded to bytes and decoded on the
/// other side, so whatever crosses here would cross a real wire. Delivery is immediate and in order.
/// </summary>
public sealed class InProcessNetwork : IMessageTransport
{
    private readonly Dictionary<string, SiloRuntime> _silos = new(StringComparer.Ordinal);

    public void Join(SiloRuntime silo)
    {
        lock (_silos) _silos.Add(silo.Address.Endpoint, silo);
    }

    public void Send(Placement.SiloAddress destination, TransportMessage message)
    {
        SiloRuntime silo;
        lock (_silos)
            if (!_silos.TryGetValue(destination.Endpoint, out silo!))
                throw new InvalidOperationException($"No silo {destination.Endpoint} has joined this network.");
        silo.Receive(silo.Codec.Decode(silo.Codec.Encode(message)));
    }
}
