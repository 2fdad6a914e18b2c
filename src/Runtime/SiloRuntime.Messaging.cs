using System.Collections.Concurrent;
using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.Transport;

namespace OrleansLife.Runtime;

public sealed partial class SiloRuntime
{
    private readonly ConcurrentDictionary<long, PendingCall> _pendingCalls = new();
    private long _nextCallId;

    /// <summary>
    /// Sends a message to wherever its grain lives. Returns the local activation that received it, which a
    /// reference may keep to skip the lookup next time, or null when the grain lives on another silo.
    /// </summary>
    internal Grain? Send(in GrainId target, in Envelope envelope)
    {
        var owner = _placement.Place(target);
        if (ReferenceEquals(owner, Address) || string.Equals(owner.Endpoint, Address.Endpoint, StringComparison.Ordinal))
            return Deliver(target, envelope);
        SendRemote(owner, target, envelope);
        return null;
    }

    /// <summary>
    /// Sends along <paramref name="route"/>: straight to the activation that took the last message, while it still
    /// takes them, otherwise through placement and the directory, remembering where the message went.
    /// </summary>
    internal void Send(ref GrainRoute route, in GrainId target, in Envelope envelope)
    {
        if (route.Activation is { } activation && activation.TryEnqueue(envelope)) return;
        route.Activation = Send(target, envelope);
    }

    /// <summary>Puts a message in the mailbox of the grain's activation on this silo, activating it if needed.</summary>
    internal Grain Deliver(in GrainId target, in Envelope envelope)
    {
        var spinner = new SpinWait();
        while (true)
        {
            var grain = _activations.GetOrAdd(target, _createActivation);
            if (grain.TryEnqueue(envelope)) return grain;
            // That activation has just ended and is taking itself out of the directory, or handing its place and its
            // leftover messages to a successor. Replacing it here could let this message overtake those: wait instead.
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    internal Task<TResult> CallAsync<TGrain, TArgs, TResult>(GrainId target, CallMethod<TGrain, TArgs, TResult> method, TArgs arguments)
        where TGrain : IGrain
    {
        var call = new PendingCall<TArgs, TResult>
        {
            Id = Interlocked.Increment(ref _nextCallId),
            Method = method,
            Target = target,
            Arguments = arguments,
            Deadline = TimeProvider.GetTimestamp() + (long)(Options.CallTimeout.TotalSeconds * TimeProvider.TimestampFrequency),
        };
        _pendingCalls[call.Id] = call;
        var started = TimeProvider.GetTimestamp();
        Send(target, new Envelope(method, call, 0, 0));
        return Completed(call, started);
    }

    private async Task<TResult> Completed<TArgs, TResult>(PendingCall<TArgs, TResult> call, long started)
    {
        var failed = true;
        try
        {
            var result = await call.Result.ConfigureAwait(false);
            failed = false;
            return result;
        }
        finally
        {
            _pendingCalls.TryRemove(call.Id, out _);
            Statistics.Calls(call.Method.Name).Record(TimeProvider.GetElapsedTime(started), failed);
        }
    }

    /// <summary>Fails the calls whose callers have waited longer than the call timeout.</summary>
    private void TimeOutExpiredCalls()
    {
        var now = TimeProvider.GetTimestamp();
        foreach (var call in _pendingCalls.Values)
        {
            if (call.Deadline > now || call.IsCompleted) continue;
            call.Fail(new TimeoutException(
                $"{call.Method.Name} on {call.Target} did not answer within {Options.CallTimeout.TotalSeconds:0.###} s."));
        }
    }

    /// <summary>Takes a message that another silo sent here: delivers it, runs its request, or completes our call.</summary>
    public void Receive(TransportMessage message)
    {
        switch (message.Kind)
        {
            case TransportMessageKind.OneWay:
                Deliver(message.Target, new Envelope(_registry.FindMethod(message.Method)!, message.Body, message.A, message.B));
                break;
            case TransportMessageKind.Request:
                var method = _registry.FindMethod(message.Method)!;
                var call = method.AcceptRemote(message.CallId, message.Target, message.Body, (result, error) => Reply(message, result, error));
                Deliver(message.Target, new Envelope(method, call, 0, 0));
                break;
            case TransportMessageKind.Response when _pendingCalls.TryGetValue(message.CallId, out var answered):
                answered.Succeed(message.Body);
                break;
            case TransportMessageKind.Failure when _pendingCalls.TryGetValue(message.CallId, out var failed):
                var failure = (RemoteFailure)message.Body!;
                failed.Fail(new RemoteGrainException(failure.Type, failure.Message));
                break;
        }
    }

    private void Reply(TransportMessage request, object? result, Exception? error) => Transport!.Send(request.Sender!, error is null
        ? request with { Kind = TransportMessageKind.Response, Body = result, Sender = Address }
        : request with { Kind = TransportMessageKind.Failure, Body = new RemoteFailure(error.GetType().FullName!, error.Message), Sender = Address });

    private void SendRemote(Placement.SiloAddress owner, in GrainId target, in Envelope envelope)
    {
        if (Transport is null)
            throw new InvalidOperationException($"{target} belongs to silo {owner}, but this silo has no transport.");
        var message = envelope.Body is PendingCall call
            ? new TransportMessage(TransportMessageKind.Request, target, envelope.Method.Name, 0, 0, call.ArgumentsObject, call.Id, Address)
            : new TransportMessage(TransportMessageKind.OneWay, target, envelope.Method.Name, envelope.A, envelope.B, envelope.Body, 0, Address);
        Transport.Send(owner, message);
    }
}
