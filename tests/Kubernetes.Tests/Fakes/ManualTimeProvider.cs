namespace OrleansLife.Kubernetes.Tests.Fakes;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>, firing due timers in order. Tests wait for the
/// code under test to schedule a timer (<see cref="WaitForTimerAsync(Func{TimeSpan, bool})"/>) instead of sleeping.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private long _elapsedTicks;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public override long GetTimestamp()
    {
        lock (_lock) return _elapsedTicks;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>The due times (relative to when they were set) of the timers now pending.</summary>
    public IReadOnlyList<TimeSpan> PendingTimers
    {
        get
        {
            lock (_lock) return [.. _timers.Select(t => t.DueTime)];
        }
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_lock) target = _now + by;
        while (true)
        {
            ManualTimer? next;
            lock (_lock)
            {
                next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                var until = next?.DueAt ?? target;
                if (until > _now)
                {
                    _elapsedTicks += (until - _now).Ticks;
                    _now = until;
                }

                if (next is null) return;
                next.Fired();
            }

            next.Callback(next.State);
        }
    }

    /// <summary>Completes once a pending timer's due time matches; fails after ten seconds of real time.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var found = _timers.FirstOrDefault(t => match(t.DueTime));
                if (found is not null) return found.DueTime;
                changed = _changed.Task;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }

    public Task<TimeSpan> WaitForTimerAsync(TimeSpan dueTime) => WaitForTimerAsync(due => due == dueTime);

    private void Schedule(ManualTimer timer, bool active)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _timers.Remove(timer);
            if (active) _timers.Add(timer);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback => callback;

        public object? State => state;

        public TimeSpan DueTime { get; private set; }

        public DateTimeOffset DueAt { get; private set; }

        private TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            DueTime = dueTime;
            Period = period;
            DueAt = owner.GetUtcNow() + dueTime;
            owner.Schedule(this, active: dueTime != Timeout.InfiniteTimeSpan);
            return true;
        }

        /// <summary>Called under the owner's lock as the timer fires: re-arms a periodic timer, drops a one-shot.</summary>
        public void Fired()
        {
            if (Period > TimeSpan.Zero && Period != Timeout.InfiniteTimeSpan) DueAt += Period;
            else owner._timers.Remove(this);
        }

        public void Dispose() => owner.Schedule(this, active: false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
