namespace OrleansLife.Operator.Tests.Testing;

/// <summary>
/// A clock that only moves when a test advances it. Timers due by then fire in due order, on the advancing thread; a
/// timer due immediately fires at once. Tests wait for a component to arm a timer (<see cref="WaitForTimersAsync"/>)
/// instead of sleeping.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(Func<TimeSpan, bool> Match, int Total, TaskCompletionSource Created)> _waiters = [];
    private readonly List<TimeSpan> _created = [];
    private DateTimeOffset _now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

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
            _created.Add(dueTime);
            foreach (var waiter in _waiters.Where(w => _created.Count(w.Match) >= w.Total).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Created.TrySetResult();
            }
        }

        return timer;
    }

    /// <summary>Completes once <paramref name="total"/> timers with exactly this due time have been created.</summary>
    public Task WaitForTimersAsync(TimeSpan dueTime, int total = 1) => WaitForTimersAsync(due => due == dueTime, total);

    /// <summary>Completes once <paramref name="total"/> timers whose due time matches have been created.</summary>
    public Task WaitForTimersAsync(Func<TimeSpan, bool> match, int total = 1)
    {
        lock (_gate)
        {
            if (_created.Count(match) >= total) return Task.CompletedTask;
            var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, total, created));
            return created.Task.WaitAsync(TestTimeouts.Wait);
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

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                Period = period;
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                if (dueTime == TimeSpan.Zero)
                {
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
