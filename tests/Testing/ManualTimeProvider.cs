namespace OrleansLife.Testing;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>. Timers due by the new time fire inside it, in due
/// order, on the advancing thread, so once it returns everything they did has happened; tests wait for the code under
/// test to arm a timer (<see cref="WaitForTimerAsync(TimeSpan, CancellationToken)"/>,
/// <see cref="WaitForTimersAsync(TimeSpan, int, CancellationToken)"/>) instead of sleeping.
/// </summary>
public sealed partial class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<TimeSpan> _created = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _now = start;

    /// <summary>Creates a clock that starts at <see cref="Epoch"/>.</summary>
    public ManualTimeProvider()
        : this(Epoch)
    {
    }

    /// <summary>
    /// Where a clock starts unless told otherwise: 2025-01-01T00:00:00Z. The emulator's tests assert timestamps
    /// relative to it; the other test projects never depend on the date.
    /// </summary>
    public static DateTimeOffset Epoch { get; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    // Timestamps are the clock's UTC ticks: they move exactly as GetUtcNow does, and are never 0, which code may
    // read as "no timestamp yet".
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        Arm(timer, dueTime, period, created: true);
        return timer;
    }

    /// <summary>
    /// Moves the clock forward by <paramref name="by"/>, firing every timer that falls due on the way: in due order
    /// (ties in the order they were armed), with the clock set to each one's due time as it fires, and periodic
    /// timers again each period.
    /// </summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate) target = _now + by;
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                var until = next?.DueAt ?? target;
                if (until > _now) _now = until;
                if (next is null) return;
                if (IsPeriodic(next.Period)) next.DueAt += next.Period;
                else _timers.Remove(next);
                Signal();
            }

            next.Fire();
        }
    }

    private bool Arm(ManualTimer timer, TimeSpan dueTime, TimeSpan period, bool created = false)
    {
        if (dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan) throw new ArgumentOutOfRangeException(nameof(dueTime));
        if (period < TimeSpan.Zero && period != Timeout.InfiniteTimeSpan) throw new ArgumentOutOfRangeException(nameof(period));
        bool fireNow;
        lock (_gate)
        {
            // As with a real timer; the copies this replaces re-armed a disposed timer, which no caller meant to do.
            if (timer.Disposed) return false;
            _timers.Remove(timer);
            (timer.DueTime, timer.Period) = (dueTime, period);
            // A timer due now fires at once, as a real one would (a periodic one then every period), without waiting
            // for the clock to move: the emulator's and operator's tests rely on it, since a pod with no termination
            // grace must go without an Advance. The Runtime and Kubernetes copies this replaces left such a timer for
            // the next Advance instead; none of their tests arms one.
            fireNow = dueTime == TimeSpan.Zero;
            if (dueTime != Timeout.InfiniteTimeSpan && (!fireNow || IsPeriodic(period)))
            {
                timer.DueAt = _now + (fireNow ? period : dueTime);
                _timers.Add(timer);
            }

            if (created) _created.Add(dueTime);
            Signal();
        }

        if (fireNow) ThreadPool.QueueUserWorkItem(static t => t.Fire(), timer, preferLocal: false);
        return true;
    }

    private void Disarm(ManualTimer timer)
    {
        lock (_gate)
        {
            timer.Disposed = true;
            _timers.Remove(timer);
            Signal();
        }
    }

    /// <summary>Called under the lock after any change a waiter may be waiting for.</summary>
    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static bool IsPeriodic(TimeSpan period) => period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan;

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        /// <summary>The due time the timer was last armed with, relative to when it was armed.</summary>
        public TimeSpan DueTime { get; set; }

        public DateTimeOffset DueAt { get; set; }

        public TimeSpan Period { get; set; }

        public bool Disposed { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) => owner.Arm(this, dueTime, period);

        public void Fire() => callback(state);

        public void Dispose() => owner.Disarm(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
