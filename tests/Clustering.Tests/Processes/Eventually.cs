namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>
/// Waits for a condition of other processes, which send no events: asks every <see cref="Interval"/> until it holds,
/// and fails with what it last saw once the deadline passes.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>Returns how long the condition took to hold.</summary>
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, TimeSpan deadline, Func<string> describe)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var timer = new PeriodicTimer(Interval);
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > deadline)
                throw new TimeoutException($"Not so after {deadline.TotalSeconds} s: {describe()}");
            await timer.WaitForNextTickAsync();
        }
        return TimeProvider.System.GetElapsedTime(started);
    }
}
