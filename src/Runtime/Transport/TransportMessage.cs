using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Placement;

namespace OrleansLife.Runtime.Transport;

/// <summary>
/// A message as it crosses between silos: plain data naming its target grain and its method, so a codec can write
/// it to a wire. <see cref="CallId"/> pairs a response with its request; <see cref="Sender"/> is where to send it.
/// </summary>
public sealed record TransportMessage(
    TransportMessageKind Kind,
    GrainId Target,
    string Method,
    long A,
    long B,
    object? Body,
    long CallId,
    SiloAddress? Sender);

/// <summary>What a <see cref="TransportMessage"/> is.</summary>
public enum TransportMessageKind
{
    OneWay,
    Request,
    Response,
    Failure,
}
