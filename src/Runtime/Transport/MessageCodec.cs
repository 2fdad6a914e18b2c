using System.Text.Json;
using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.Placement;
using OrleansLife.Runtime.Registry;

namespace OrleansLife.Runtime.Transport;

/// <summary>
/// Writes <see cref="TransportMessage"/>s as JSON and reads them back. The method's name says which type its body
/// is: the method's arguments for one-way messages and requests, its result for responses.
/// </summary>
public sealed class MessageCodec(GrainRegistry registry)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public byte[] Encode(TransportMessage message)
    {
        var method = Method(message.Method);
        var wire = new WireMessage(message.Kind, message.Target.Type.Name, message.Target.Key.Number, message.Target.Key.Text,
            message.Method, message.A, message.B, message.CallId, message.Sender?.Endpoint, message.Sender?.Generation ?? 0,
            message.Body is null ? null : JsonSerializer.SerializeToElement(message.Body, BodyType(message.Kind, method), Json));
        return JsonSerializer.SerializeToUtf8Bytes(wire, Json);
    }

    public TransportMessage Decode(ReadOnlySpan<byte> bytes)
    {
        var wire = JsonSerializer.Deserialize<WireMessage>(bytes, Json) ?? throw new JsonException("An empty message.");
        var method = Method(wire.Method);
        var body = wire.Body is { } element ? element.Deserialize(BodyType(wire.Kind, method), Json) : null;
        var sender = wire.SenderEndpoint is null ? null : new SiloAddress(wire.SenderEndpoint, wire.SenderGeneration);
        return new TransportMessage(wire.Kind, new GrainId(new GrainType(wire.Type), new GrainKey(wire.Number, wire.Text)),
            wire.Method, wire.A, wire.B, body, wire.CallId, sender);
    }

    private GrainMethod Method(string name) =>
        registry.FindMethod(name) ?? throw new JsonException($"No grain method is registered as '{name}'.");

    private static Type BodyType(TransportMessageKind kind, GrainMethod method) => kind switch
    {
        TransportMessageKind.Failure => typeof(RemoteFailure),
        TransportMessageKind.Response => method.ResultType ?? typeof(object),
        _ => method.ArgumentsType ?? typeof(object),
    };

    private sealed record WireMessage(
        TransportMessageKind Kind, string Type, long Number, string? Text, string Method, long A, long B, long CallId,
        string? SenderEndpoint, long SenderGeneration, JsonElement? Body);
}
