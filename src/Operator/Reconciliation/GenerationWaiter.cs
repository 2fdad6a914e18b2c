using System.Diagnostics.CodeAnalysis;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>One caller of <see cref="IBoardPodReconciler.WhenGenerationReconciledAsync"/>, with its timeout and cancellation.</summary>
[SuppressMessage("Design", "CA1001", Justification = "The timeout is released when the waiter completes, and a waiter with a timeout always completes.")]
internal sealed class GenerationWaiter(string board, long generation, bool waitForRunning, DateTimeOffset started)
{
    private readonly TaskCompletionSource<GenerationReconcileResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _timeout;
    private CancellationTokenRegistration _timedOut;
    private CancellationTokenRegistration _cancelled;

    public string Board => board;

    public long Generation => generation;

    public bool WaitForRunning => waitForRunning;

    public DateTimeOffset Started => started;

    public Task<GenerationReconcileResult> Task => _result.Task;

    public bool IsCompleted => _result.Task.IsCompleted;

    /// <summary>Starts the clock; <paramref name="onTimeout"/> runs when it runs out, and may run at once.</summary>
    public void Arm(TimeSpan timeout, TimeProvider time, Action onTimeout, CancellationToken cancellationToken)
    {
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            _timeout = new CancellationTokenSource(timeout, time);
            _timedOut = _timeout.Token.Register(onTimeout);
        }

        if (cancellationToken.CanBeCanceled) _cancelled = cancellationToken.Register(() => Cancel(cancellationToken));
        // A callback that ran during registration could not yet unregister what was being registered.
        if (IsCompleted) Release();
    }

    public void Complete(GenerationReconcileResult result)
    {
        if (_result.TrySetResult(result)) Release();
    }

    private void Cancel(CancellationToken cancellationToken)
    {
        if (_result.TrySetCanceled(cancellationToken)) Release();
    }

    private void Release()
    {
        // Unregister, not Dispose: this may run inside one of the callbacks, which Dispose would wait for.
        _timedOut.Unregister();
        _cancelled.Unregister();
        _timeout?.Dispose();
    }
}
