using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Runtime.Timers;

/// <summary>
/// A timer whose callback runs as a turn of its grain. The next period starts only after a tick has finished, so
/// a slow callback delays its successor instead of overlapping it.
/// </summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly Grain _grain;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly TimeSpan _period;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopped = new();

    private GrainTimer(Grain grain, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        _grain = grain;
        _callback = callback;
        _period = period;
        _timer = grain.AttachedRuntime.TimeProvider.CreateTimer(
            static state => ((GrainTimer)state!).Fire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        grain.AddTimer(this);
        _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public static GrainTimer Start(Grain grain, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        if (period != Timeout.InfiniteTimeSpan) ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        return new GrainTimer(grain, callback, dueTime, period);
    }

    private void Fire()
    {
        if (!_stopped.IsCancellationRequested) _grain.TryEnqueue(new Envelope(SystemMethods.TimerTick, this, 0, 0));
    }

    internal async ValueTask TickAsync()
    {
        if (_stopped.IsCancellationRequested) return;
        try
        {
            await _callback(_stopped.Token).ConfigureAwait(false);
        }
        finally
        {
            if (!_stopped.IsCancellationRequested && _period != Timeout.InfiniteTimeSpan)
                _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        if (_stopped.IsCancellationRequested) return;
        _stopped.Cancel();
        _timer.Dispose();
        _grain.RemoveTimer(this);
    }
}
