namespace OrleansLife.Testing;

public sealed partial class ManualTimeProvider
{
    /// <summary>How long, in real time, a wait for a timer lasts before it fails: 20 seconds.</summary>
    public static TimeSpan WaitTimeout { get; } = TimeSpan.FromSeconds(20);

    /// <summary>The due times of the timers now armed, each relative to when it was armed.</summary>
    public IReadOnlyList<TimeSpan> PendingTimers
    {
        get
        {
            lock (_gate) return [.. _timers.Select(t => t.DueTime)];
        }
    }

    /// <summary>Completes with the due time of an armed timer that has exactly <paramref name="dueTime"/>.</summary>
    public Task<TimeSpan> WaitForTimerAsync(TimeSpan dueTime, CancellationToken cancellationToken = default) =>
        WaitForTimerAsync(due => due == dueTime, cancellationToken);

    /// <summary>
    /// Completes with the due time of an armed timer whose due time matches: the way a test knows the code under test
    /// is waiting on the timer it is about to make fire. A timer that has fired or been disposed no longer counts.
    /// </summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        TimeSpan? found = null;
        await WaitUntilAsync(() => (found = _timers.Find(t => match(t.DueTime))?.DueTime) is not null, "an armed timer to match", cancellationToken);
        return found!.Value;
    }

    /// <summary>Completes once <paramref name="total"/> timers have been created with exactly this due time.</summary>
    public Task WaitForTimersAsync(TimeSpan dueTime, int total = 1, CancellationToken cancellationToken = default) =>
        WaitForTimersAsync(due => due == dueTime, total, cancellationToken);

    /// <summary>
    /// Completes once <paramref name="total"/> timers whose due time matches have been created since the clock was
    /// made, whether or not they have fired since: the way a test counts the timers several components arm.
    /// </summary>
    public Task WaitForTimersAsync(Func<TimeSpan, bool> match, int total = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        return WaitUntilAsync(() => _created.Count(match) >= total, $"{total} timers to match", cancellationToken);
    }

    /// <summary>Evaluates <paramref name="condition"/> under the lock, again after every change, until it holds.</summary>
    private async Task WaitUntilAsync(Func<bool> condition, string awaited, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(WaitTimeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition()) return;
                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Waited {WaitTimeout.TotalSeconds} s for {awaited}; the armed timers are due in [{string.Join(", ", PendingTimers)}].");
            }
        }
    }
}
