using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Messaging;

/// <summary>A request on its way: the caller's arguments and the completion it awaits.</summary>
internal abstract class PendingCall
{
    public long Id { get; init; }

    public required GrainMethod Method { get; init; }

    public required GrainId Target { get; init; }

    /// <summary>When the caller stops waiting, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long Deadline { get; init; }

    /// <summary>The arguments, untyped, for a transport to serialise.</summary>
    public abstract object? ArgumentsObject { get; }

    public abstract void Fail(Exception error);

    /// <summary>Completes with a result that arrived from another silo.</summary>
    public abstract void Succeed(object? result);

    public abstract bool IsCompleted { get; }
}

/// <summary>A request with typed arguments and result.</summary>
internal sealed class PendingCall<TArgs, TResult> : PendingCall
{
    // Continuations must not run inside the callee's turn: the caller is another grain with its own turns.
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public required TArgs Arguments { get; init; }

    public Task<TResult> Result => _completion.Task;

    public override object? ArgumentsObject => Arguments;

    public override bool IsCompleted => _completion.Task.IsCompleted;

    public void Complete(Task<TResult> finished)
    {
        if (finished.IsCompletedSuccessfully) _completion.TrySetResult(finished.Result);
        else if (finished.IsCanceled) _completion.TrySetCanceled();
        else _completion.TrySetException(finished.Exception!.InnerExceptions);
    }

    public override void Fail(Exception error) => _completion.TrySetException(error);

    public override void Succeed(object? result) => _completion.TrySetResult((TResult)result!);
}
