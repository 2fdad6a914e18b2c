namespace OrleansLife.KubeEmulator.Tests.Testing;

/// <summary>
/// A clock that only moves when a test advances it. Timers due by then fire in due order, on the advancing thread, so
/// once <see cref="Advance"/> returns everything they did has happened; a timer due immediately fires at once.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(TimeSpan DueTime, int Total, TaskCompletionSource Scheduled)> _waiters = [];
    private readonly Dictionary<TimeSpan, int> _created = [];
    private DateTimeOffset _now = start;

    public static DateTimeOffset Epoch { get; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public ManualTimeProvider()
        : this(Epoch)
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        lock (_gate)
        {
            var created = _created[dueTime] = _created.GetValueOrDefault(dueTime) + 1;
            foreach (var waiter in _waiters.Where(w => w.DueTime == dueTime && w.Total <= created).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Scheduled.TrySetResult();
            }
        }
        return timer;
    }

    /// <summary>
    /// Completes once <paramref name="total"/> timers with exactly this due time have been created since the clock
    /// was made: the way a test knows a component has armed the timer it is about to make fire.
    /// </summary>
    public Task WaitForTimersAsync(TimeSpan dueTime, int total = 1)
    {
        lock (_gate)
        {
            if (_created.GetValueOrDefault(dueTime) >= total) return Task.CompletedTask;
            var scheduled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, total, scheduled));
            return scheduled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate) target = _now + by;
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (next is null)
                {
                    _now = target;
                    return;
                }
                _now = next.Due > _now ? next.Due : _now;
                if (next.Period > TimeSpan.Zero && next.Period != Timeout.InfiniteTimeSpan) next.Due += next.Period;
                else _timers.Remove(next);
            }
            next.Fire();
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; set; }

        public TimeSpan DueTime { get; private set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                DueTime = dueTime;
                Period = period;
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                if (dueTime == TimeSpan.Zero && (period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero))
                {
                    // A timer due now fires at once, as a real one would, without waiting for the clock to move.
                    ThreadPool.QueueUserWorkItem(_ => Fire());
                    return true;
                }
                Due = owner._now + dueTime;
                owner._timers.Add(this);
            }
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate) owner._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
