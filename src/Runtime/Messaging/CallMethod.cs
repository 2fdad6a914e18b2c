using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Messaging;

/// <summary>
/// A request/response method: the caller awaits its result, or the exception it threw, or a timeout.
/// Normally the grain's turn lasts until the method's task completes. With <paramref name="completesLater"/> the turn
/// ends as soon as the method returns, and a later turn of the same grain completes the task (a board answering a
/// step once its cells have all reported); such a method must not await anything itself.
/// </summary>
public sealed class CallMethod<TGrain, TArgs, TResult>(
    string name, Func<TGrain, TArgs, Task<TResult>> body, bool completesLater = false) : GrainMethod(name)
    where TGrain : IGrain
{
    /// <summary>Whether the turn ends when the method returns rather than when its task completes.</summary>
    public bool CompletesLater => completesLater;

    public override Type? ArgumentsType => typeof(TArgs);

    /// <summary>The type of the result, for codecs that carry responses between silos.</summary>
    public override Type? ResultType => typeof(TResult);

    /// <summary>
    /// The receiving silo's side of a request from another silo: a call to run here whose outcome goes back through
    /// <paramref name="reply"/> (its result, or the exception that ended it).
    /// </summary>
    internal override PendingCall AcceptRemote(long id, GrainId target, object? arguments, Action<object?, Exception?> reply)
    {
        var call = new PendingCall<TArgs, TResult> { Id = id, Method = this, Target = target, Arguments = (TArgs)arguments! };
        call.Result.ContinueWith(static (finished, state) =>
        {
            var send = (Action<object?, Exception?>)state!;
            if (finished.IsCompletedSuccessfully) send(finished.Result, null);
            else send(null, finished.Exception?.GetBaseException() ?? new TaskCanceledException(finished));
        }, reply, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return call;
    }

    internal override ValueTask InvokeAsync(Grain grain, in Envelope envelope)
    {
        var call = (PendingCall<TArgs, TResult>)envelope.Body!;
        Task<TResult> running;
        try
        {
            running = body((TGrain)(object)grain, call.Arguments);
        }
        catch (Exception error)
        {
            call.Fail(error);
            return default;
        }

        if (running.IsCompleted)
        {
            call.Complete(running);
            return default;
        }
        var completing = AwaitAndCompleteAsync(running, call);
        return completesLater ? default : new ValueTask(completing);
    }

    private static async Task AwaitAndCompleteAsync(Task<TResult> running, PendingCall<TArgs, TResult> call)
    {
        try
        {
            await running.ConfigureAwait(false);
        }
        catch
        {
            // The exception reaches the caller through Complete; the callee's turn simply ends.
        }
        call.Complete(running);
    }
}
